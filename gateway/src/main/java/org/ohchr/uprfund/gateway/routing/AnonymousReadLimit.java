package org.ohchr.uprfund.gateway.routing;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ohchr.uprfund.gateway.config.PublicReadsConfig;
import org.ohchr.uprfund.platform.http.ClientAddresses;
import org.ohchr.uprfund.platform.http.RouterErrorProblems;
import org.ohchr.uprfund.platform.problem.ProblemType;
import org.ohchr.uprfund.platform.problem.RetryLaterException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads without a valid token ({@code GET} and {@code HEAD} of {@code /api/...}, the gateway's own and those it routes to
 * the services) are limited per client address: {@code fund.public-reads.anonymous.reads-per-window} in each
 * {@code window}, coming back gradually over it (a token bucket per address, Bucket4j's). One more gets a 429 problem with
 * {@code Retry-After}. The client address is the connection's peer, or behind trusted proxies the address they forwarded
 * ({@link ClientAddresses}); an IPv6 client counts by its /64, the block one subscriber usually holds. A request whose
 * bearer token the platform verifies (signature, issuer, audience, expiry) is not counted. The buckets of the addresses
 * seen lately are kept in a bounded cache: one forgotten was full again anyway.
 */
@ApplicationScoped
public class AnonymousReadLimit {

    /** Before every other route, fund status's ready answer included. */
    static final int ORDER = Integer.MIN_VALUE + 500;
    private static final String BEARER = "bearer ";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final PublicReadsConfig.Anonymous config;
    private final ClientAddresses addresses;
    private final JWTParser tokens;
    private final RouterErrorProblems problems;
    private final Cache<InetAddress, Bucket> buckets;

    AnonymousReadLimit(PublicReadsConfig config, ClientAddresses addresses, JWTParser tokens, RouterErrorProblems problems) {
        this.config = config.anonymous();
        this.addresses = addresses;
        this.tokens = tokens;
        this.problems = problems;
        this.buckets = Caffeine.newBuilder().maximumSize(this.config.addressesKept()).expireAfterAccess(this.config.window()).build();
    }

    void register(@Observes Router router) {
        if (config.readsPerWindow() > 0) {
            router.route("/api/*").order(ORDER).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD || hasValidToken(request)) {
            context.next();
            return;
        }
        InetAddress client = request.remoteAddress() == null ? null
                : addresses.of(request.remoteAddress().hostAddress(), request.headers().getAll(FORWARDED_FOR)).map(AnonymousReadLimit::counted)
                        .orElse(null);
        if (client == null) {
            context.next();
            return;
        }
        ConsumptionProbe probe = buckets.get(client, address -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.RETRY_AFTER,
                Long.toString(RetryLaterException.secondsOf(Duration.ofNanos(probe.getNanosToWaitForRefill()))));
        problems.respond(context, ProblemType.TOO_MANY_REQUESTS, "This address sent more than " + config.readsPerWindow()
                + " reads without a token in " + config.window().toSeconds() + " s; try again after Retry-After seconds, or send a token");
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.readsPerWindow()).refillGreedy(config.readsPerWindow(), config.window()).build())
                .build();
    }

    /** True when the request carries a bearer token the platform accepts (verified once per token, then remembered). */
    private boolean hasValidToken(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        try {
            tokens.parse(authorization.substring(BEARER.length()).strip());
            return true;
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    /** The address counted for a client: an IPv6 address by its /64. */
    private static InetAddress counted(InetAddress client) {
        if (!(client instanceof Inet6Address)) {
            return client;
        }
        byte[] block = Arrays.copyOf(client.getAddress(), 16);
        Arrays.fill(block, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(block);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
