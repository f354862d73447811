package org.ohchr.uprfund.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void exactAddressesAndBlocksOfEitherFamilyAreTrusted() {
        TrustedProxies proxies = new TrustedProxies(List.of("127.0.0.1", "10.42.0.0/16", "::1", "fd00:ab::/32"));

        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("10.42.7.9")).isTrue();
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.trusts("[::1]")).isTrue();
        assertThat(proxies.trusts("fd00:ab:1::5")).isTrue();
        assertThat(proxies.trusts("10.43.0.1")).isFalse();
        assertThat(proxies.trusts("127.0.0.2")).isFalse();
        assertThat(proxies.trusts("fd00:ac::1")).isFalse();
    }

    @Test
    void aBlockEndingInsideAByteKeepsOnlyItsPrefixBits() {
        TrustedProxies proxies = new TrustedProxies(List.of("172.16.0.0/12", "0.0.0.0/0"));
        TrustedProxies narrow = new TrustedProxies(List.of("172.16.0.0/12"));

        assertThat(narrow.trusts("172.16.0.1")).isTrue();
        assertThat(narrow.trusts("172.31.255.254")).isTrue();
        assertThat(narrow.trusts("172.32.0.1")).isFalse();
        assertThat(narrow.trusts("172.15.255.255")).isFalse();
        assertThat(proxies.trusts("203.0.113.7")).isTrue();
    }

    @Test
    void namesAndGarbageAreNeverTrustedAndNeverLookedUp() {
        TrustedProxies proxies = new TrustedProxies(List.of("127.0.0.1"));

        assertThat(proxies.trusts("localhost")).isFalse();
        assertThat(proxies.trusts("evil.example")).isFalse();
        assertThat(proxies.trusts("")).isFalse();
        assertThat(proxies.trusts(null)).isFalse();
    }
}
