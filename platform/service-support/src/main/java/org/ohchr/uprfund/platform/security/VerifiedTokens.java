package org.ohchr.uprfund.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies a bearer token once, not on every request: a client sends the same token for hours, and checking its RSA
 * signature and claims again each time was a tenth of the CPU a write costs. A token is remembered by its whole text,
 * signature included, only after the standard parser accepted it, and only until its {@code exp}: an expired token
 * goes back to the parser, which refuses it. A token another key signed, or altered in one character, is another text
 * and is always checked. Every other use of the parser goes to it unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** Distinct tokens remembered at most; past that the expired ones go, and all of them if none has expired. */
    static final int MAX_TOKENS = 1000;

    private final DefaultJWTParser parser;
    private final Clock clock;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(DefaultJWTParser parser) {
        this(parser, Clock.systemUTC());
    }

    VerifiedTokens(DefaultJWTParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null && isUnexpired(known)) {
            return known;
        }
        JsonWebToken checked = parser.parse(token);
        remember(token, checked);
        return checked;
    }

    private void remember(String token, JsonWebToken checked) {
        if (checked.getExpirationTime() <= 0 || !isUnexpired(checked)) {
            return;
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.values().removeIf(known -> !isUnexpired(known));
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
        }
        verified.put(token, checked);
    }

    private boolean isUnexpired(JsonWebToken token) {
        return clock.millis() / 1000 < token.getExpirationTime();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
