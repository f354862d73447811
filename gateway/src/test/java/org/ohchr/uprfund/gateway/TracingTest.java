package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ohchr.uprfund.gateway.FundEventConsumptionTest.APPLIED_WITHIN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.inbox.EventInbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * One trace runs from a client's request through the gateway to the service, and from the service's event to the read
 * model: the proxied request carries the gateway's span as {@code traceparent}, and a consumed event's processing is a
 * child of the publication its CloudEvent names.
 */
@QuarkusTest
class TracingTest {

    private static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("fund.read_model.outcome");

    @Inject
    InMemorySpanExporter spans;

    @Inject
    ObjectMapper json;

    @Test
    void proxiedRequestCarriesTheGatewaysSpanInTheClientsTrace() {
        String traceId = randomHex(16);
        String clientSpanId = randomHex(8);

        JsonPath echo = given().header("traceparent", "00-" + traceId + "-" + clientSpanId + "-01")
                .when().get("/api/donors?page=2")
                .then().statusCode(200)
                .extract().jsonPath();

        String[] forwarded = echo.getString("headers.traceparent").split("-");
        assertThat(forwarded[1]).isEqualTo(traceId);
        // The service's parent is the gateway's call to it, a child of the gateway's span for the request, itself a
        // child of the client's.
        SpanData call = awaitSpan(forwarded[2]);
        assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(call.getTraceId()).isEqualTo(traceId);
        SpanData request = awaitSpan(call.getParentSpanId());
        assertThat(request.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(request.getParentSpanId()).isEqualTo(clientSpanId);
    }

    @Test
    void consumedEventIsProcessedAsAChildOfThePublicationItsTraceparentNames() {
        // Two events sent together: applied in one poll's batch or one by one, each follows its own trace.
        FundEvents.Event registered = FundEvents.donorRegistered(UUID.randomUUID(), "Tuvalu", "STATE", "TUV");
        FundEvents.Event pledged = FundEvents.donorRegistered(UUID.randomUUID(), "Kiribati", "STATE", "KIR");
        String[] traceIds = { randomHex(16), randomHex(16) };
        String[] publications = { randomHex(8), randomHex(8) };

        EventPublisher.sendRaw(registered.topic(), registered.key(),
                withTrace(registered, "00-" + traceIds[0] + "-" + publications[0] + "-01"));
        EventPublisher.sendRaw(pledged.topic(), pledged.key(), withTrace(pledged, "00-" + traceIds[1] + "-" + publications[1] + "-01"));

        FundEvents.Event[] events = { registered, pledged };
        for (int i = 0; i < events.length; i++) {
            SpanData processing = awaitProcessingOf(events[i]);
            assertThat(processing.getKind()).isEqualTo(SpanKind.CONSUMER);
            assertThat(processing.getName()).isEqualTo("process " + FundEvents.CONTRIBUTIONS_TOPIC);
            assertThat(processing.getTraceId()).isEqualTo(traceIds[i]);
            assertThat(processing.getParentSpanId()).isEqualTo(publications[i]);
            assertThat(processing.getParentSpanContext().isRemote()).isTrue();
            assertThat(processing.getAttributes().get(OUTCOME)).isEqualTo("APPLIED");
        }
    }

    @Test
    void eventWithoutATraceparentOrWithAMalformedOneIsAppliedInATraceOfItsOwn() {
        FundEvents.Event older = FundEvents.donorRegistered(UUID.randomUUID(), "Nauru", "STATE", "NRU");
        FundEvents.Event malformed = FundEvents.donorRegistered(UUID.randomUUID(), "Palau", "STATE", "PLW");

        EventPublisher.send(older);
        EventPublisher.sendRaw(malformed.topic(), malformed.key(), withTrace(malformed, "00-not-a-trace-01"));

        for (FundEvents.Event event : new FundEvents.Event[] { older, malformed }) {
            SpanData processing = awaitProcessingOf(event);
            assertThat(processing.getParentSpanContext().isValid()).isFalse();
            assertThat(processing.getAttributes().get(OUTCOME)).isEqualTo("APPLIED");
        }
    }

    @Test
    void linesLoggedWhileARecordIsProcessedCarryItsTraceId() {
        String traceId = randomHex(16);
        String publicationSpanId = randomHex(8);
        UUID eventId = UUID.randomUUID();
        ObjectNode envelope = (ObjectNode) readTree(FundEvents.envelope(eventId, FundEvents.CONTRIBUTIONS_SOURCE,
                "org.ohchr.uprfund.contributions.NoSuchEvent", UUID.randomUUID(), Instant.now(), FundEvents.object("any", "thing")));
        List<ExtLogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord extended = (ExtLogRecord) record;
                extended.copyMdc(); // on the logging thread: read later, it would be the test's
                logged.add(extended);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = LogContext.getLogContext().getLogger(EventInbox.class.getName());
        logger.addHandler(capture);
        try {
            RecordMetadata sent = EventPublisher.sendRaw(FundEvents.CONTRIBUTIONS_TOPIC, eventId.toString(),
                    envelope.put("traceparent", "00-" + traceId + "-" + publicationSpanId + "-01").toString());
            String where = sent.topic() + "/" + sent.partition() + "@" + sent.offset();

            ExtLogRecord parked = await().atMost(APPLIED_WITHIN).until(() -> logged.stream()
                    .filter(record -> record.getFormattedMessage().startsWith("Parked record " + where)).findFirst(), Optional::isPresent)
                    .orElseThrow();
            assertThat(parked.getMdc("traceId")).isEqualTo(traceId);
            SpanData processing = awaitProcessingOf(eventId);
            assertThat(parked.getMdc("spanId")).isEqualTo(processing.getSpanId());
            assertThat(processing.getParentSpanId()).isEqualTo(publicationSpanId);
            assertThat(processing.getAttributes().get(OUTCOME)).isEqualTo("PARKED");
        } finally {
            logger.removeHandler(capture);
        }
    }

    private String withTrace(FundEvents.Event event, String traceparent) {
        return ((ObjectNode) readTree(event.envelope())).put("traceparent", traceparent).toString();
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SpanData awaitProcessingOf(FundEvents.Event event) {
        return awaitProcessingOf(event.id());
    }

    private SpanData awaitProcessingOf(UUID eventId) {
        return await().atMost(APPLIED_WITHIN).until(() -> find(span -> eventId.toString().equals(span.getAttributes().get(EVENT_ID))),
                Optional::isPresent).orElseThrow();
    }

    private SpanData awaitSpan(String spanId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> find(span -> span.getSpanId().equals(spanId)), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<SpanData> find(java.util.function.Predicate<SpanData> wanted) {
        return spans.getFinishedSpanItems().stream().filter(wanted).findFirst();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
