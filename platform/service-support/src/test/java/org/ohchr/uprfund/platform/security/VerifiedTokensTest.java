package org.ohchr.uprfund.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;

class VerifiedTokensTest {

    private static final String ISSUER = "https://upr-fund.test/issuer";

    private KeyPair keys;
    private CountingParser parser;
    private MovableClock clock;
    private VerifiedTokens tokens;

    @BeforeEach
    void setUp() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        parser = new CountingParser(new JWTAuthContextInfo(keys.getPublic(), ISSUER));
        clock = new MovableClock(Instant.now());
        tokens = new VerifiedTokens(parser, clock);
    }

    @Test
    void aTokenSentAgainWithinItsLifetimeIsVerifiedOnce() throws ParseException {
        String token = token(keys, 3600);

        JsonWebToken first = tokens.parse(token);
        JsonWebToken again = tokens.parse(token);

        assertThat(again.getSubject()).isEqualTo("secretariat@test").isEqualTo(first.getSubject());
        assertThat(again.getGroups()).containsExactly("fund-manager");
        assertThat(parser.parsed).isEqualTo(1);
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsExpiryHasPassed() throws ParseException {
        String token = token(keys, 3600);
        tokens.parse(token);

        clock.now = clock.now.plusSeconds(3600);
        tokens.parse(token);

        assertThat(parser.parsed).isEqualTo(2);
    }

    @Test
    void aTokenAlteredAfterItsOriginalWasAcceptedIsRefused() throws ParseException {
        String token = token(keys, 3600);
        tokens.parse(token);
        String[] parts = token.split("\\.");
        String otherPayload = token(keys, 3600, "intruder@test").split("\\.")[1];

        assertThatThrownBy(() -> tokens.parse(parts[0] + "." + otherPayload + "." + parts[2])).isInstanceOf(ParseException.class);
    }

    @Test
    void refusedTokensAreNeverRemembered() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String anotherKeys = token(generator.generateKeyPair(), 3600);
        String expired = token(keys, -120);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.parse(anotherKeys)).isInstanceOf(ParseException.class);
            assertThatThrownBy(() -> tokens.parse(expired)).isInstanceOf(ParseException.class);
        }
        assertThat(parser.parsed).isEqualTo(4);
    }

    private static String token(KeyPair signer, long lifetimeSeconds) {
        return token(signer, lifetimeSeconds, "secretariat@test");
    }

    private static String token(KeyPair signer, long lifetimeSeconds, String subject) {
        long now = Instant.now().getEpochSecond();
        return Jwt.claims().issuer(ISSUER).subject(subject).groups(Set.of("fund-manager"))
                .issuedAt(now - 300).expiresAt(now + lifetimeSeconds).sign(signer.getPrivate());
    }

    /** The standard parser, verifying for real, counting the tokens it was given. */
    private static final class CountingParser extends DefaultJWTParser {

        int parsed;

        CountingParser(JWTAuthContextInfo context) {
            super(context);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            parsed++;
            return super.parse(token);
        }
    }

    private static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
