package org.ohchr.uprfund.gateway;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The bounds on public reads set low enough for a test to reach them ({@link PublicCostsTest}). */
public class PublicCostsProfile implements QuarkusTestProfile {

    static final int READS_PER_WINDOW = 5;
    static final int MAX_SUBSCRIBERS = 3;
    static final long KEEP_ALIVE_MILLIS = 100;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "fund.public-reads.anonymous.reads-per-window", Integer.toString(READS_PER_WINDOW),
                "fund.public-reads.anonymous.window", "1h",
                "fund.public-reads.events.max-subscribers", Integer.toString(MAX_SUBSCRIBERS),
                "fund.public-reads.events.keep-alive", KEEP_ALIVE_MILLIS + "ms",
                "fund.public-reads.past-dates.max-concurrent", "1",
                "fund.read-model.group-id", "gateway-public-costs");
    }
}
