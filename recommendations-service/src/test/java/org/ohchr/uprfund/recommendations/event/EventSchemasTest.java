package org.ohchr.uprfund.recommendations.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Mechanism;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;
import org.ohchr.uprfund.recommendations.domain.RecommendationDraft;
import org.ohchr.uprfund.recommendations.domain.RecommendationRules;
import org.ohchr.uprfund.recommendations.domain.StateResponse;
import org.ohchr.uprfund.recommendations.domain.StatusChange;
import org.ohchr.uprfund.testing.EventSchemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The five schemas accept what the service writes, exactly the properties of the contract, and refuse what it never writes. */
class EventSchemasTest {

    private static final String FOLDER = "META-INF/resources/events/";

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final UUID id = UUID.randomUUID();
    private final RecommendationContent treatyBody = RecommendationRules.check(new RecommendationDraft("TGO", null, Mechanism.TREATY_BODY,
            null, null, "CEDAW/C/TGO/CO/6-7", "25 (a)", "fr", "Adopter une loi qui incrimine la violence domestique", Map.of(), null, null,
            List.of("VIOLENCE_AGAINST_WOMEN"), List.of("WOMEN_AND_GIRLS"), List.of(), List.of("5.2", "16.10"), null));

    @Test
    void theContractsPropertiesExactly() {
        assertProperties(RecommendationRecorded.class, "recommendationId", "stateUnderReview", "recommendingStates", "mechanism", "cycle",
                "session", "documentSymbol", "paragraph", "language", "text", "response", "actionCategory", "themes", "affectedPersons",
                "sdgGoals", "sdgTargets", "implementationStatus", "recordedBy", "recordedAt");
        assertProperties(RecommendationRevised.class, "recommendationId", "stateUnderReview", "recommendingStates", "mechanism", "cycle",
                "session", "documentSymbol", "paragraph", "language", "text", "response", "actionCategory", "themes", "affectedPersons",
                "sdgGoals", "sdgTargets", "implementationStatus", "changedFields", "revisedBy", "revisedAt");
        assertProperties(ResponseRecorded.class, "recommendationId", "stateUnderReview", "previousResponse", "response", "recordedBy",
                "recordedAt");
        assertProperties(ImplementationStatusChanged.class, "recommendationId", "stateUnderReview", "previousStatus", "status", "evidence",
                "changedBy", "changedAt");
        assertProperties(SdgLinkAccepted.class, "recommendationId", "stateUnderReview", "sdgGoal", "sdgTarget", "acceptedBy", "acceptedAt");
    }

    @Test
    void eventsAsWrittenConform() {
        ObjectNode recorded = json.valueToTree(RecommendationRecorded.of(id, treatyBody, ImplementationStatus.NOT_STARTED, "editor", Instant.now()));
        assertThat(recorded.path("cycle").isNull()).isTrue();
        assertThat(recorded.path("sdgGoals").toString()).isEqualTo("[5,16]");
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json", recorded)).isEmpty();
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRevised.json", json.valueToTree(RecommendationRevised.of(id, treatyBody,
                ImplementationStatus.IN_PROGRESS, List.of("text", "translations", "sdgTargets"), "editor", Instant.now())))).isEmpty();
        assertThat(EventSchemas.violations(FOLDER + "ResponseRecorded.json", json.valueToTree(ResponseRecorded.of(id, "TGO",
                StateResponse.PENDING, StateResponse.SUPPORTED, "editor", Instant.now())))).isEmpty();
        StatusChange change = new StatusChange();
        change.recommendationId = id;
        change.previousStatus = ImplementationStatus.IN_PROGRESS;
        change.status = ImplementationStatus.IMPLEMENTED;
        change.evidence = "https://www.example.org/law.pdf";
        change.changedBy = "editor";
        change.changedAt = Instant.now();
        assertThat(EventSchemas.violations(FOLDER + "ImplementationStatusChanged.json",
                json.valueToTree(ImplementationStatusChanged.of(change, "TGO")))).isEmpty();
        assertThat(EventSchemas.violations(FOLDER + "SdgLinkAccepted.json", json.valueToTree(new SdgLinkAccepted(id, "TGO", 16, "16.10",
                "editor", Instant.now())))).isEmpty();
    }

    @Test
    void whatTheServiceNeverWritesDoesNotConform() {
        ObjectNode recorded = json.valueToTree(RecommendationRecorded.of(id, treatyBody, ImplementationStatus.NOT_STARTED, "editor", Instant.now()));
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json", recorded.deepCopy().put("translations", "{}"))).isNotEmpty();
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json", recorded.deepCopy().put("cycle", 5))).isNotEmpty();
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json", recorded.deepCopy().put("response", "ACCEPTED"))).isNotEmpty();
        ObjectNode badTarget = recorded.deepCopy();
        badTarget.putArray("sdgTargets").add("18.1");
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json", badTarget)).isNotEmpty();
        ObjectNode missing = recorded.deepCopy();
        missing.remove("session");
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json", missing)).isNotEmpty();
        ObjectNode revised = json.valueToTree(RecommendationRevised.of(id, treatyBody, ImplementationStatus.IN_PROGRESS, List.of("note"),
                "editor", Instant.now()));
        assertThat(revised.path("changedFields").size()).isZero();
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRevised.json", revised)).isNotEmpty();
        ObjectNode evidence = json.valueToTree(new ImplementationStatusChanged(id, "TGO", "IN_PROGRESS", "IMPLEMENTED", "javascript:alert(1)",
                "editor", Instant.now()));
        assertThat(EventSchemas.violations(FOLDER + "ImplementationStatusChanged.json", evidence)).isNotEmpty();
    }

    @Test
    void theSchemasStateTheLimitsTheServiceKeeps() throws Exception {
        for (String schema : List.of("RecommendationRecorded.json", "RecommendationRevised.json")) {
            com.fasterxml.jackson.databind.JsonNode properties;
            try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(FOLDER + schema)) {
                properties = json.readTree(in).path("properties");
            }
            assertThat(properties.path("text").path("maxLength").asInt()).isEqualTo(RecommendationRules.MAX_TEXT_LENGTH);
            assertThat(properties.path("session").path("maxLength").asInt()).isEqualTo(RecommendationRules.MAX_SESSION_LENGTH);
            assertThat(properties.path("documentSymbol").path("maxLength").asInt())
                    .isEqualTo(RecommendationRules.MAX_DOCUMENT_SYMBOL_LENGTH);
            assertThat(properties.path("recommendingStates").path("maxItems").asInt())
                    .isEqualTo(RecommendationRules.MAX_RECOMMENDING_STATES);
            assertThat(properties.path("themes").path("maxItems").asInt()).isEqualTo(RecommendationRules.MAX_THEMES);
            assertThat(properties.path("affectedPersons").path("maxItems").asInt()).isEqualTo(RecommendationRules.MAX_AFFECTED_GROUPS);
            assertThat(properties.path("sdgTargets").path("maxItems").asInt()).isEqualTo(RecommendationRules.MAX_SDG_TARGETS);
        }
        ObjectNode recorded = json.valueToTree(RecommendationRecorded.of(id, treatyBody, ImplementationStatus.NOT_STARTED, "editor",
                Instant.now()));
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json",
                recorded.deepCopy().put("text", "a".repeat(RecommendationRules.MAX_TEXT_LENGTH)))).isEmpty();
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json", recorded.deepCopy().put("text", "nul \u0000")))
                .isNotEmpty();
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json", recorded.deepCopy().put("text", "half \ud800 pair")))
                .isNotEmpty();
        assertThat(EventSchemas.violations(FOLDER + "RecommendationRecorded.json", recorded.deepCopy().put("text", "whole \ud83d\ude00 pair")))
                .isEmpty();
    }

    private void assertProperties(Class<?> type, String... properties) {
        assertThat(java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList())
                .containsExactly(properties);
    }
}
