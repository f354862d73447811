package org.ohchr.uprfund.platform.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies a bearer token the way a given service of the suite verifies it: signed by the suite's key, from its issuer,
 * unexpired ({@code mp.jwt.verify.*}, as everywhere), and for that service's audience rather than the caller's own. The
 * gateway uses it to refuse a write that the service would refuse anyway, before the write's body is read.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final String BEARER = "bearer ";

    private final JWTParser parser;
    private final JWTAuthContextInfo suite;
    private final Map<String, JWTAuthContextInfo> byAudience = new ConcurrentHashMap<>();

    ServiceTokens(JWTParser parser, JWTAuthContextInfo suite) {
        this.parser = parser;
        this.suite = suite;
    }

    /**
     * The token of an {@code Authorization} header's value, if it is one bearer token ({@code Bearer <token>}, the scheme
     * in any case); empty for no header, another scheme or no token.
     */
    public static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** The verified token, for the service whose audience is {@code audience}; a {@link ParseException} otherwise. */
    public JsonWebToken verify(String token, String audience) throws ParseException {
        return parser.parse(token, byAudience.computeIfAbsent(audience, this::contextFor));
    }

    private JWTAuthContextInfo contextFor(String audience) {
        JWTAuthContextInfo context = new JWTAuthContextInfo(suite);
        context.setExpectedAudience(Set.of(audience));
        return context;
    }
}
