package org.ohchr.uprfund.gateway;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The gateway fed from topics of their own, holding only the report's data ({@link Report2020}): figures that must equal
 * the report to the cent are not disturbed by the other tests' events. A fresh database comes with it (the fixtures
 * restart with a profile).
 */
public class ReportDataProfile implements QuarkusTestProfile {

    static final String CONTRIBUTIONS_TOPIC = "report.fund.contributions.v1";
    static final String PROJECTS_TOPIC = "report.fund.projects.v1";
    static final String RECOMMENDATIONS_TOPIC = "report.fund.recommendations.v1";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "fund.read-model.sources.contributions.topic", CONTRIBUTIONS_TOPIC,
                "fund.read-model.sources.projects.topic", PROJECTS_TOPIC,
                "fund.read-model.sources.recommendations.topic", RECOMMENDATIONS_TOPIC,
                "fund.read-model.group-id", "gateway-report");
    }

    /** The same event, on this profile's topic for its producer. */
    static FundEvents.Event onReportTopics(FundEvents.Event event) {
        String topic = switch (event.topic()) {
            case FundEvents.CONTRIBUTIONS_TOPIC -> CONTRIBUTIONS_TOPIC;
            case FundEvents.PROJECTS_TOPIC -> PROJECTS_TOPIC;
            default -> RECOMMENDATIONS_TOPIC;
        };
        return event.on(topic);
    }
}
