package org.ohchr.uprfund.platform.http;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The address of the client a request comes from. It is the connection's peer, unless the peer is a trusted proxy
 * ({@code fund.http.trusted-proxies}): then it is the right-most address of {@code X-Forwarded-For} that no trusted proxy
 * holds. Each proxy appends the address it was reached from, so the addresses right of that one were written by trusted
 * proxies, and those left of it by anyone: a client can put any address there, and it is never taken. An entry that is
 * not an IP literal ends the walk: the hop after it is the client.
 */
@ApplicationScoped
public class ClientAddresses {

    private final TrustedProxies proxies;

    @Inject
    ClientAddresses(HttpConfig config) {
        this(config.trustedProxies());
    }

    /** @param trustedProxies addresses or CIDR blocks, as {@code fund.http.trusted-proxies} lists them */
    public ClientAddresses(List<String> trustedProxies) {
        this.proxies = new TrustedProxies(trustedProxies);
    }

    /**
     * @param peer the connection's remote address, as an IP literal
     * @param forwardedFor the values of every {@code X-Forwarded-For} header of the request, in order
     * @return the client's address; empty only when the peer's is not an IP literal (a Unix socket)
     */
    public Optional<InetAddress> of(String peer, List<String> forwardedFor) {
        Optional<InetAddress> client = TrustedProxies.parse(peer);
        if (client.isEmpty() || !proxies.trusts(peer)) {
            return client;
        }
        List<String> hops = forwardedFor.stream().flatMap(value -> List.of(value.split(",")).stream()).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = TrustedProxies.parse(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop;
            if (!proxies.trusts(hops.get(i))) {
                return client;
            }
        }
        return client;
    }
}
