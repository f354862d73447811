package org.ohchr.uprfund.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code deploy/docker-compose.yml} held against each module's configuration, as the Kubernetes manifests are: the
 * port each module listens on, the variables it reads, and what the host may reach.
 */
class ComposeFileTest {

    private static JsonNode services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        // SnakeYAML resolves the file's anchors and merge keys (<<) as Compose does.
        try (Reader reader = Files.newBufferedReader(ServiceConfiguration.ROOT.resolve("deploy/docker-compose.yml"))) {
            Object compose = new Yaml().load(reader);
            services = new ObjectMapper().valueToTree(compose).path("services");
        }
        assertThat(services.size()).isPositive();
    }

    static String[] modules() {
        return ServiceConfiguration.MODULES;
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachModuleListensOnThePortItIsReachedAt(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        JsonNode service = services.path(module);
        assertThat(service.path("environment").path("QUARKUS_HTTP_PORT").asText()).isEqualTo(Integer.toString(config.httpPort()));
        String published = config.httpPort() + ":" + config.httpPort();
        assertThat(service.path("ports")).singleElement().satisfies(port ->
                assertThat(port.asText()).matches("(127\\.0\\.0\\.1:)?" + published));
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyVariableSetIsOneTheModuleReads(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        List<String> names = new ArrayList<>();
        services.path(module).path("environment").fieldNames().forEachRemaining(names::add);
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(config.reads(name)).as(name + " is read by " + module).isTrue());
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachModuleConnectsAsRolesOfItsOwnWithPasswordsFromTheEnvFile(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        JsonNode environment = services.path(module).path("environment");
        String owner = environment.path("FUND_DB_USER").asText();
        String application = environment.path("FUND_DB_APP_USER").asText();
        assertThat(owner).isEqualTo(config.ownerRole());
        assertThat(application).isEqualTo(config.applicationRole()).isNotEqualTo(owner);
        assertThat(List.of(owner, application)).doesNotContain("postgres", postgres().path("POSTGRES_USER").asText());
        assertThat(environment.path("FUND_DB_PASSWORD").asText()).isEqualTo(fromEnvFile(RolesScript.passwordVariable(config.database(), "OWNER")));
        assertThat(environment.path("FUND_DB_APP_PASSWORD").asText()).isEqualTo(fromEnvFile(RolesScript.passwordVariable(config.database(), "APP")));

        assertThat(RolesScript.read().databases()).contains(config.database());
        for (String kind : List.of("OWNER", "APP")) {
            String variable = RolesScript.passwordVariable(config.database(), kind);
            assertThat(postgres().path(variable).asText()).as(variable).isEqualTo(fromEnvFile(variable));
        }
    }

    @Test
    void postgresqlMakesTheRolesAtItsFirstStartAndKeepsItsSuperuserToItself() {
        assertThat(postgres().path("POSTGRES_USER").asText()).isNotBlank().isNotEqualTo("postgres");
        assertThat(postgres().path("POSTGRES_PASSWORD").asText()).isEqualTo(fromEnvFile("POSTGRES_ADMIN_PASSWORD"));
        assertThat(postgres().has("POSTGRES_HOST_AUTH_METHOD")).as("trust authentication").isFalse();
        assertThat(services.path("postgres").path("volumes")).anySatisfy(volume ->
                assertThat(volume.asText()).isEqualTo("./postgres/create-roles.sh:/docker-entrypoint-initdb.d/create-roles.sh:ro"));
    }

    private static JsonNode postgres() {
        return services.path("postgres").path("environment");
    }

    /** A value Compose takes from the env file deploy/compose-secrets makes, refusing to start without it. */
    private static String fromEnvFile(String variable) {
        return "${" + variable + ":?run deploy/compose-secrets, then pass --env-file deploy/.run/compose.env}";
    }

    @Test
    void onlyTheGatewayIsPublishedBeyondTheHost() {
        services.fieldNames().forEachRemaining(name -> services.path(name).path("ports").forEach(port -> {
            if (name.equals("gateway")) {
                return;
            }
            assertThat(port.asText()).as(name + " publishes " + port.asText()).startsWith("127.0.0.1:");
        }));
        assertThat(services.path("gateway").path("ports")).singleElement()
                .satisfies(port -> assertThat(port.asText()).isEqualTo("8080:8080"));
        assertThat(services.path("kafka").path("ports")).allSatisfy(port -> assertThat(port.asText()).startsWith("127.0.0.1:"));
    }
}
