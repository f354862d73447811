package org.ohchr.uprfund.recommendations;

import org.ohchr.uprfund.testing.ServiceOperationsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest extends ServiceOperationsContract {

    @Override
    protected String apiTitle() {
        return "UPR Voluntary Fund: recommendations";
    }
}
