package org.ohchr.uprfund.contributions.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.testing.TestTokens;
import org.ohchr.uprfund.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An event continues the trace of the request that recorded it: the relay's publication is a child of the request's
 * span, and the CloudEvent carries the publication's context as {@code traceparent}, for its consumers to follow.
 */
@QuarkusTest
class EventTracingTest {

    private static final String TOPIC = "fund.contributions.v1";

    @Inject
    InMemorySpanExporter spans;

    @Inject
    EventOutbox outbox;

    @Inject
    Tracer tracer;

    @Inject
    ObjectMapper json;

    @Test
    void publishedEventCarriesTheTraceOfTheRequestThatRecordedIt() throws Exception {
        String donorId = given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("name", "Tracing test donor " + UUID.randomUUID(), "kind", "PRIVATE"))
                .when().post("/api/donors")
                .then().statusCode(201)
                .extract().path("id");

        JsonNode event = lastEventOf(donorId);
        String[] traceparent = event.path("traceparent").asText().split("-");
        assertThat(traceparent).hasSize(4);
        assertThat(traceparent[0]).isEqualTo("00");
        assertThat(traceparent[3]).isEqualTo("01");
        SpanData publication = awaitSpan(traceparent[2]);
        assertThat(publication.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publication.getName()).isEqualTo("send " + TOPIC);
        assertThat(publication.getTraceId()).isEqualTo(traceparent[1]);
        assertThat(publication.getAttributes().asMap().values()).contains(event.path("id").asText());
        SpanData request = awaitSpan(publication.getParentSpanId());
        assertThat(request.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(request.getTraceId()).isEqualTo(traceparent[1]);
        assertThat(request.getName()).isEqualTo("POST /api/donors");
        assertThat(event.has("tracestate")).isFalse();
    }

    @Test
    void eventsRecordedTogetherEachCarryTheTraceTheyWereRecordedIn() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Span change = tracer.spanBuilder("an import").startSpan();
        try (Scope scope = change.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.recordAll(List.of(
                    new DonorRegistered(first, "first", DonorKind.PRIVATE, null, Instant.now()),
                    new DonorRegistered(second, "second", DonorKind.PRIVATE, null, Instant.now()))));
        } finally {
            change.end();
        }

        for (UUID donor : List.of(first, second)) {
            String[] traceparent = lastEventOf(donor.toString()).path("traceparent").asText().split("-");
            assertThat(traceparent[1]).isEqualTo(change.getSpanContext().getTraceId());
            assertThat(awaitSpan(traceparent[2]).getParentSpanId()).isEqualTo(change.getSpanContext().getSpanId());
        }
    }

    @Test
    void eventRecordedOutsideAnyTraceStartsOneWithItsPublication() throws Exception {
        UUID donor = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.record(
                new DonorRegistered(donor, "untraced", DonorKind.PRIVATE, null, Instant.now())));

        String[] traceparent = lastEventOf(donor.toString()).path("traceparent").asText().split("-");
        SpanData publication = awaitSpan(traceparent[2]);
        assertThat(publication.getTraceId()).isEqualTo(traceparent[1]);
        assertThat(publication.getParentSpanContext().isValid()).isFalse();
    }

    @Test
    void aClientsOversizedTracestateIsNotKeptAndTheWriteSucceeds() throws Exception {
        // 32 valid W3C members of about 60 characters: some 2 KB, over the 512 characters a vendor must pass on.
        StringBuilder tracestate = new StringBuilder();
        for (int member = 0; member < 32; member++) {
            tracestate.append(member == 0 ? "" : ",").append("vendor").append(member).append('=')
                    .append("v".repeat(50));
        }
        String clientTrace = "0af7651916cd43dd8448eb211c80319c";
        String donorId = given().auth().oauth2(TestTokens.fundManager()).contentType(ContentType.JSON)
                .header("traceparent", "00-" + clientTrace + "-b7ad6b7169203331-01")
                .header("tracestate", tracestate.toString())
                .body(Map.of("name", "Tracing test donor " + UUID.randomUUID(), "kind", "PRIVATE"))
                .when().post("/api/donors")
                .then().statusCode(201)
                .extract().path("id");

        JsonNode event = lastEventOf(donorId);
        assertThat(event.path("traceparent").asText()).startsWith("00-" + clientTrace + "-");
        assertThat(event.has("tracestate")).isFalse();
    }

    private JsonNode lastEventOf(String key) throws Exception {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(TOPIC, r -> key.equals(r.key()), Duration.ofSeconds(30));
        return json.readTree(records.get(records.size() - 1).value());
    }

    private SpanData awaitSpan(String spanId) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> spans.getFinishedSpanItems().stream().filter(span -> span.getSpanId().equals(spanId)).findFirst().orElse(null),
                span -> span != null);
    }
}
