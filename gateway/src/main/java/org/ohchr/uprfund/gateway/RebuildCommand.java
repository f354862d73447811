package org.ohchr.uprfund.gateway;

import jakarta.inject.Inject;

import org.ohchr.uprfund.gateway.domain.Rebuild;
import org.ohchr.uprfund.gateway.mapping.RebuildResponse;
import org.ohchr.uprfund.gateway.service.consumer.RebuildService;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code java -jar quarkus-run.jar rebuild}: rebuilds the read model from offset zero into a fresh schema, compares it
 * with the live one (in the gateway's database, as the running gateway's consumers keep it), prints the report as JSON and
 * exits 0 when every figure is equal, 1 when some differ, 2 when the rebuild failed. It starts no consumers of its own.
 */
public class RebuildCommand implements QuarkusApplication {

    @Inject
    RebuildService rebuilds;

    @Inject
    ObjectMapper json;

    @Override
    public int run(String... args) throws Exception {
        Rebuild rebuild = rebuilds.runNow("rebuild command");
        System.out.println(json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(RebuildResponse.of(rebuild, json)));
        if (rebuild.status != Rebuild.Status.DONE) {
            return 2;
        }
        return Boolean.TRUE.equals(rebuild.equal) ? 0 : 1;
    }
}
