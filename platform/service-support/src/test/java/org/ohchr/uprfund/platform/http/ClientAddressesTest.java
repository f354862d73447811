package org.ohchr.uprfund.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.1", "10.0.0.0/8"));

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(client("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(client("203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostAddressNoTrustedProxyHolds() {
        assertThat(client("127.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
        // A client's own entry left of the one the proxies wrote is never taken.
        assertThat(client("127.0.0.1", "192.0.2.66, 198.51.100.1, 10.1.2.3")).isEqualTo("198.51.100.1");
        assertThat(client("127.0.0.1", "192.0.2.66", "198.51.100.1,10.1.2.3")).isEqualTo("198.51.100.1");
        // Only trusted proxies all the way: the left-most of them.
        assertThat(client("127.0.0.1", "10.9.9.9, 10.1.2.3")).isEqualTo("10.9.9.9");
        assertThat(client("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void anEntryThatIsNoAddressEndsTheWalkAtTheHopAfterIt() {
        assertThat(client("127.0.0.1", "evil.example, 10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(client("127.0.0.1", "198.51.100.1:4711")).isEqualTo("127.0.0.1");
        assertThat(client("127.0.0.1", "")).isEqualTo("127.0.0.1");
        assertThat(client("127.0.0.1", ",,,")).isEqualTo("127.0.0.1");
        assertThat(client("127.0.0.1", "1".repeat(10_000))).isEqualTo("127.0.0.1");
        assertThat(client("127.0.0.1", "198.51.100.1\u0000")).isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6AddressesAreReadInAnyOfTheirForms() {
        assertThat(client("127.0.0.1", "[2001:db8::1]")).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(client("2001:db8::2", "198.51.100.1")).isEqualTo("2001:db8:0:0:0:0:0:2");
    }

    @Test
    void aPeerThatIsNoAddressHasNone() {
        assertThat(addresses.of("/var/run/gateway.sock", List.of("198.51.100.1"))).isEmpty();
    }

    private String client(String peer, String... forwardedFor) {
        return addresses.of(peer, List.of(forwardedFor)).map(InetAddress::getHostAddress).orElseThrow();
    }
}
