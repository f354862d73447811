package org.ohchr.uprfund.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed bearer tokens for the roles of the suite, valid against the keys of {@link JwtKeysResource}: issued by its
 * issuer, for every service of the suite (each accepts only tokens whose audience names it), valid for an hour. Also
 * the forged and unfit tokens a security test sends.
 */
public final class TestTokens {

    /** The audiences of a token the whole suite accepts: every service's application name. */
    public static final Set<String> SUITE = Set.of("contributions-service", "projects-service", "recommendations-service", "gateway");

    private TestTokens() {
    }

    public static String fundManager() {
        return sign(claims("secretariat@test", "fund-manager"));
    }

    public static String fieldOffice(String... countries) {
        return sign(claims("field-office@test", "field-office").claim("countries", List.of(countries)));
    }

    public static String recommendationsEditor() {
        return sign(claims("editor@test", "recommendations-editor"));
    }

    /** A well-formed token signed by the test key, but for a role that no endpoint grants. */
    public static String withoutRoles() {
        return sign(claims("reader@test", "reader"));
    }

    /** A fund manager's token for another subject: idempotency keys of two callers never meet. */
    public static String fundManager(String subject) {
        return sign(Jwt.issuer(JwtKeysResource.ISSUER).subject(subject).upn(subject).groups(Set.of("fund-manager")).audience(SUITE));
    }

    /** A fund manager's token that expired a minute ago. */
    public static String expired() {
        Instant now = Instant.now();
        return sign(claims("secretariat@test", "fund-manager").issuedAt(now.minusSeconds(3600)).expiresAt(now.minusSeconds(60)));
    }

    /** A fund manager's token for audiences other than the services'. */
    public static String forAudience(String... audiences) {
        return sign(Jwt.issuer(JwtKeysResource.ISSUER).subject("secretariat@test").upn("secretariat@test")
                .groups(Set.of("fund-manager")).audience(Set.of(audiences)));
    }

    /** A fund manager's token from another issuer, signed by the right key. */
    public static String fromIssuer(String issuer) {
        return sign(Jwt.issuer(issuer).subject("secretariat@test").upn("secretariat@test").groups(Set.of("fund-manager")).audience(SUITE));
    }

    /** A fund manager's token signed by a key the services do not know. */
    public static String signedByAnotherKey() {
        return claims("secretariat@test", "fund-manager").sign(JwtKeysResource.newKeyPair().getPrivate());
    }

    /** A fund manager's token that says it needs no signature ({@code alg: none}). */
    public static String unsigned() {
        String signed = fundManager();
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer(JwtKeysResource.ISSUER).subject(subject).upn(subject).groups(Set.of(role)).audience(SUITE);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.sign(JwtKeysResource.signingKey());
    }
}
