package org.ohchr.uprfund.contributions;

import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A caller that is not a configured proxy cannot point the service's links at another host. */
@QuarkusTest
@TestProfile(UntrustedCallerLinksTest.GatewayElsewhere.class)
class UntrustedCallerLinksTest {

    /** The only trusted proxy is an address the tests never call from. */
    public static class GatewayElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fund.http.trusted-proxies", "10.20.30.40,fd00::1/128");
        }
    }

    @Test
    void forwardingHeadersFromAnyoneElseAreIgnored() {
        LinksTest.register(Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "Host", "evil.example"))
                .then().statusCode(201).header("Location", matchesPattern(LinksTest.OWN_ADDRESS));
    }
}
