package org.ohchr.uprfund.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class CloudEventEnvelopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENVELOPE = "{\"specversion\":\"1.0\",\"id\":\"6f1c2b1e-0c1a-4a55-9d53-1f7f5d0c2a11\","
            + "\"source\":\"/upr-fund/projects-service\",\"type\":\"org.ohchr.uprfund.projects.ProjectApproved\","
            + "\"subject\":\"0b7c5f9e-4b8e-4f43-8a8e-3a7a2d1c9e10\",\"time\":\"2026-11-27T12:00:00Z\"%s,\"data\":{}}";

    @Test
    void theAggregateSequenceIsRead() {
        assertThat(parse(",\"aggregatesequence\":3").sequence()).isEqualTo(3L);
    }

    @Test
    void anEventWithoutOneIsUnsequenced() {
        assertThat(parse("").sequence()).isNull();
    }

    @Test
    void aSequenceThatIsNotAnIntegerOfAtLeastOneIsMalformed() {
        for (String sequence : new String[] { "0", "-1", "2.5", "\"3\"", "true" }) {
            assertThatThrownBy(() -> parse(",\"aggregatesequence\":" + sequence)).as(sequence)
                    .isInstanceOfSatisfying(RejectedEventException.class,
                            rejected -> assertThat(rejected.rejection()).isEqualTo(RejectedEventException.Rejection.MALFORMED));
        }
    }

    @Test
    void aRecordThatIsNoCloudEventIsMalformed() {
        for (String value : new String[] { null, "", "[]", "{not json", "{\"specversion\": \"0.3\"}",
                "{\"specversion\": \"1.0\", \"id\": \"7\", \"source\": \"/upr-fund/contributions-service\", \"type\": \"t\","
                        + " \"time\": \"2026-11-27T12:00:00Z\", \"data\": {}}" }) {
            assertThatThrownBy(() -> CloudEventEnvelope.parse(value == null ? null : value.getBytes(StandardCharsets.UTF_8), JSON))
                    .as(String.valueOf(value)).isInstanceOfSatisfying(RejectedEventException.class,
                            rejected -> assertThat(rejected.rejection()).isEqualTo(RejectedEventException.Rejection.MALFORMED));
        }
    }

    private static CloudEventEnvelope parse(String extension) {
        return CloudEventEnvelope.parse(String.format(ENVELOPE, extension).getBytes(StandardCharsets.UTF_8), JSON);
    }
}
