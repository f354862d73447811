package org.ohchr.uprfund.recommendations;

import org.ohchr.uprfund.testing.AuthorisationMatrixContract;

import io.quarkus.test.junit.QuarkusTest;

/** The README's authorisation matrix, held against the OpenAPI document and the service (see the contract). */
@QuarkusTest
class AuthorisationMatrixTest extends AuthorisationMatrixContract {

    @Override
    protected String pathParameter(String name) {
        return name.equals("target") ? "1.4" : super.pathParameter(name);
    }
}
