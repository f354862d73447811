package org.ohchr.uprfund.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;

class ServiceTokensTest {

    private static final String ISSUER = "https://upr-fund.test/issuer";

    private KeyPair keys;
    private JWTAuthContextInfo suite;
    private ServiceTokens tokens;

    @BeforeEach
    void setUp() throws NoSuchAlgorithmException {
        keys = rsaKeyPair();
        suite = new JWTAuthContextInfo(keys.getPublic(), ISSUER);
        suite.setExpectedAudience(Set.of("gateway"));
        tokens = new ServiceTokens(new DefaultJWTParser(suite), suite);
    }

    @Test
    void aTokenIsVerifiedForTheAudienceOfTheServiceItGoesTo() throws ParseException {
        String forContributions = Jwt.issuer(ISSUER).subject("secretariat@test").groups("fund-manager")
                .audience(Set.of("contributions-service")).expiresIn(3600).sign(keys.getPrivate());

        assertThat(tokens.verify(forContributions, "contributions-service").getSubject()).isEqualTo("secretariat@test");
        assertThatThrownBy(() -> tokens.verify(forContributions, "projects-service")).isInstanceOf(ParseException.class);
        // The caller's own audience is left as it was.
        assertThat(suite.getExpectedAudience()).containsExactly("gateway");
    }

    @Test
    void aTokenOfAnotherKeyOrIssuerIsRefusedWhateverItsAudience() throws NoSuchAlgorithmException {
        String otherKey = Jwt.issuer(ISSUER).subject("intruder@test").audience("contributions-service").expiresIn(3600)
                .sign(rsaKeyPair().getPrivate());
        String otherIssuer = Jwt.issuer("https://evil.example/issuer").subject("intruder@test").audience("contributions-service")
                .expiresIn(3600).sign(keys.getPrivate());

        assertThatThrownBy(() -> tokens.verify(otherKey, "contributions-service")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.verify(otherIssuer, "contributions-service")).isInstanceOf(ParseException.class);
    }

    @Test
    void bearerTakesOneTokenAfterTheSchemeInAnyCase() {
        assertThat(ServiceTokens.bearer("Bearer abc.def.ghi")).contains("abc.def.ghi");
        assertThat(ServiceTokens.bearer("bEARER abc.def.ghi ")).contains("abc.def.ghi");
        for (String refused : new String[] { null, "", "Bearer", "Bearer ", "Bearer    ", "Basic abc", "Bearerabc", "abc.def.ghi" }) {
            assertThat(ServiceTokens.bearer(refused)).as("Authorization: %s", refused).isEmpty();
        }
    }

    private static KeyPair rsaKeyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
