package org.ohchr.uprfund.testing;

import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Signed bearer tokens for the roles of the suite, valid against the keys of {@link JwtKeysResource}. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String fundManager() {
        return Jwt.issuer(JwtKeysResource.ISSUER).upn("secretariat@test").groups(Set.of("fund-manager")).sign();
    }

    public static String fieldOffice(String... countries) {
        return Jwt.issuer(JwtKeysResource.ISSUER).upn("field-office@test").groups(Set.of("field-office"))
                .claim("countries", List.of(countries)).sign();
    }

    public static String recommendationsEditor() {
        return Jwt.issuer(JwtKeysResource.ISSUER).upn("editor@test").groups(Set.of("recommendations-editor")).sign();
    }

    /** A well-formed token signed by the test key, but for a role that no endpoint grants. */
    public static String withoutRoles() {
        return Jwt.issuer(JwtKeysResource.ISSUER).upn("reader@test").groups(Set.of("reader")).sign();
    }
}
