package org.ohchr.uprfund.gateway;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The gateway fed from topics of their own, for {@link EventSchemaLimitsTest}: the events at their schemas' limits (a
 * closing of year 9999, a balance carried forward in 1900...) stay out of the read model the other test classes share.
 * A fresh database comes with it (the fixtures restart with a profile).
 */
public class SchemaLimitsProfile implements QuarkusTestProfile {

    /** The topic of a producer's events under this profile: {@code limits.fund.projects.v1}, say. */
    static String topicOf(String producer) {
        return "limits.fund." + producer + ".v1";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "fund.read-model.sources.contributions.topic", topicOf("contributions"),
                "fund.read-model.sources.projects.topic", topicOf("projects"),
                "fund.read-model.sources.recommendations.topic", topicOf("recommendations"),
                "fund.read-model.group-id", "gateway-limits");
    }
}
