package org.ohchr.uprfund.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.arc.Unremovable;

/** The spans the gateway ends, kept in memory for the tracing tests: Quarkus exports to every span exporter bean. */
@ApplicationScoped
public class RecordedSpans {

    @Produces
    @Singleton
    @Unremovable
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
