package org.ohchr.uprfund.platform.tracing;

import java.util.Collection;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Where spans go when no collector is named: nowhere. Spans are always made (their ids reach the logs and travel with
 * requests and events), but Quarkus' OTLP exporter, left to itself, would send them to {@code localhost:4317} and log
 * each failure; Quarkus leaves its exporter out whenever the application has a {@link SpanExporter} of its own. This one
 * is there only while {@code quarkus.otel.exporter.otlp.traces.endpoint} is unset ({@code OTEL_EXPORTER_OTLP_ENDPOINT}
 * in the environment, see the platform's configuration), so that naming a collector is all it takes to export.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = "none", lookupIfMissing = true)
public class NoCollector implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
