package org.ohchr.uprfund.gateway;

import org.ohchr.uprfund.testing.JwtKeysResource;
import org.ohchr.uprfund.testing.KafkaBrokerResource;
import org.ohchr.uprfund.testing.PostgresDatabaseResource;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The fixtures of every test in this module: a fresh PostgreSQL database, the in-JVM Kafka broker, signing keys,
 * and a stand-in for the services behind the gateway.
 */
@QuarkusTestResource(PostgresDatabaseResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(JwtKeysResource.class)
@QuarkusTestResource(StandInServices.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
