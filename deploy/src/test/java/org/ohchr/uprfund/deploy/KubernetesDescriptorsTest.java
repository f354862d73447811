package org.ohchr.uprfund.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * The Kubernetes manifests under {@code deploy/kubernetes}, read with fabric8's model and held against each module's
 * configuration: ports, probes and environment. Hand-written descriptors drift from the code silently; this test is
 * where they are made to agree.
 */
class KubernetesDescriptorsTest {

    private static final List<HasMetadata> OBJECTS = new ArrayList<>();

    @BeforeAll
    static void readManifests() throws IOException {
        try (Stream<Path> files = Files.list(ServiceConfiguration.ROOT.resolve("deploy/kubernetes"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Object read = Serialization.unmarshal(in);
                    if (read instanceof List<?> list) {
                        list.forEach(object -> OBJECTS.add((HasMetadata) object));
                    } else {
                        OBJECTS.add((HasMetadata) read);
                    }
                }
            }
        }
        assertThat(OBJECTS).isNotEmpty();
    }

    static String[] modules() {
        return ServiceConfiguration.MODULES;
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachModuleListensWhereItsServiceAndProbesLook(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        Container container = containerOf(module);
        assertThat(container.getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("http");
            assertThat(port.getContainerPort()).isEqualTo(config.httpPort());
        });
        assertThat(env(container, "QUARKUS_HTTP_PORT")).map(EnvVar::getValue).contains(Integer.toString(config.httpPort()));
        Service service = object(Service.class, module);
        assertThat(service.getSpec().getSelector()).isEqualTo(deployment(module).getSpec().getSelector().getMatchLabels());
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getPort()).isEqualTo(config.httpPort());
            assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
        });
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyVariableSetIsOneTheModuleReads(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        List<String> names = containerOf(module).getEnv().stream().map(EnvVar::getName).toList();
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(config.reads(name)).as(name + " is read by " + module).isTrue());
    }

    @Test
    void everyVariableOfTheSharedConfigurationIsReadByAModuleThatTakesIt() {
        ConfigMap shared = object(ConfigMap.class, "upr-fund-config");
        for (String name : shared.getData().keySet()) {
            List<String> readers = Stream.of(ServiceConfiguration.MODULES)
                    .filter(module -> containerOf(module).getEnvFrom().stream()
                            .anyMatch(source -> source.getConfigMapRef().getName().equals("upr-fund-config")))
                    .filter(module -> ServiceConfiguration.of(module).reads(name)).toList();
            assertThat(readers).as(name + " is read by a module").isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("modules")
    void passwordsComeFromSecretsNeverFromTheManifest(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        Container container = containerOf(module);
        List<String> secrets = new ArrayList<>(List.of("FUND_DB_PASSWORD"));
        if (config.hasApplicationRole()) {
            secrets.add("FUND_DB_APP_PASSWORD");
        }
        for (String name : secrets) {
            assertThat(env(container, name)).as(name).hasValueSatisfying(variable -> {
                assertThat(variable.getValue()).isNull();
                assertThat(variable.getValueFrom().getSecretKeyRef()).isNotNull();
            });
        }
        container.getEnvFrom().forEach(source -> assertThat(object(ConfigMap.class, source.getConfigMapRef().getName())
                .getData().keySet()).noneMatch(key -> key.contains("PASSWORD")));
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachModuleConnectsAsRolesOfItsOwnNeitherOfThemASuperuser(String module) {
        ServiceConfiguration config = ServiceConfiguration.of(module);
        assertThat(config.hasApplicationRole()).as(module + " serves its requests as an application role").isTrue();
        Container container = containerOf(module);
        String owner = value(container, "FUND_DB_USER");
        String application = value(container, "FUND_DB_APP_USER");
        assertThat(owner).isEqualTo(config.ownerRole());
        assertThat(application).isEqualTo(config.applicationRole()).isNotEqualTo(owner);
        assertThat(List.of(owner, application)).doesNotContain("postgres", value(postgres(), "POSTGRES_USER"));
        assertThat(secretKey(container, "FUND_DB_PASSWORD")).isEqualTo(config.database() + "-owner-password");
        assertThat(secretKey(container, "FUND_DB_APP_PASSWORD")).isEqualTo(config.database() + "-app-password");

        assertThat(RolesScript.read().databases()).contains(config.database());
        assertThat(secretKey(postgres(), RolesScript.passwordVariable(config.database(), "OWNER"))).isEqualTo(config.database() + "-owner-password");
        assertThat(secretKey(postgres(), RolesScript.passwordVariable(config.database(), "APP"))).isEqualTo(config.database() + "-app-password");
    }

    @Test
    void postgresqlMakesTheRolesAtItsFirstStartAndKeepsItsSuperuserToItself() {
        assertThat(value(postgres(), "POSTGRES_USER")).isNotBlank().isNotEqualTo("postgres");
        assertThat(secretKey(postgres(), "POSTGRES_PASSWORD")).isEqualTo("admin-password");
        assertThat(object(ConfigMap.class, "upr-fund-config").getData()).doesNotContainKeys("FUND_DB_USER", "FUND_DB_APP_USER");
        StatefulSet postgres = object(StatefulSet.class, "postgres");
        String rolesVolume = postgres().getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals("/docker-entrypoint-initdb.d")).findFirst().orElseThrow().getName();
        assertThat(postgres.getSpec().getTemplate().getSpec().getVolumes()).anySatisfy(volume -> {
            assertThat(volume.getName()).isEqualTo(rolesVolume);
            assertThat(volume.getConfigMap().getName()).isEqualTo("upr-fund-db-roles");
        });
        assertThat(RolesScript.read().createRoleStatements()).hasSize(2)
                .allSatisfy(statement -> assertThat(statement).contains("NOSUPERUSER", "NOCREATEDB", "NOCREATEROLE"));
    }

    @Test
    void kafkaKeepsItsDataBelowTheVolumeAndForever() {
        StatefulSet kafka = object(StatefulSet.class, "kafka");
        Container container = kafka.getSpec().getTemplate().getSpec().getContainers().get(0);
        String mount = container.getVolumeMounts().get(0).getMountPath();
        assertThat(env(container, "KAFKA_LOG_DIRS")).map(EnvVar::getValue)
                .hasValueSatisfying(dirs -> assertThat(dirs).startsWith(mount + "/").isNotEqualTo(mount + "/"));
        assertThat(env(container, "KAFKA_LOG_RETENTION_MS")).map(EnvVar::getValue).contains("-1");
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    private static Optional<EnvVar> env(Container container, String name) {
        return container.getEnv().stream().filter(variable -> variable.getName().equals(name)).findFirst();
    }

    private static String value(Container container, String name) {
        return env(container, name).map(EnvVar::getValue)
                .orElseThrow(() -> new AssertionError(container.getName() + " sets no " + name));
    }

    private static String secretKey(Container container, String name) {
        return env(container, name).map(variable -> variable.getValueFrom().getSecretKeyRef())
                .filter(reference -> reference.getName().equals("upr-fund-db")).map(reference -> reference.getKey())
                .orElseThrow(() -> new AssertionError(container.getName() + " takes " + name + " from no key of the Secret upr-fund-db"));
    }

    private static Container postgres() {
        return object(StatefulSet.class, "postgres").getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Deployment deployment(String module) {
        return object(Deployment.class, module);
    }

    private static Container containerOf(String module) {
        return deployment(module).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(container -> container.getName().equals(module)).findFirst().orElseThrow();
    }

    private static <T extends HasMetadata> T object(Class<T> kind, String name) {
        return OBJECTS.stream().filter(kind::isInstance).map(kind::cast)
                .filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name + " in deploy/kubernetes"));
    }

}
