package org.ohchr.uprfund.recommendations;

import org.ohchr.uprfund.testing.JwtKeysResource;
import org.ohchr.uprfund.testing.KafkaBrokerResource;
import org.ohchr.uprfund.testing.PostgresDatabaseResource;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this module runs against a fresh PostgreSQL database, the real broker and run-time signing keys. */
@QuarkusTestResource(PostgresDatabaseResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(JwtKeysResource.class)
public final class RecommendationsTestResources {

    private RecommendationsTestResources() {
    }
}
