package org.ohchr.uprfund.testing;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.testcontainers.kafka.KafkaContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Apache Kafka broker (KRaft, one combined node) for the tests of one module.
 * <p>
 * By default the broker runs inside the test JVM from Kafka's own test kit, so no Docker is needed.
 * With {@code FUND_TEST_CONTAINERS=true} on a machine that has Docker, the {@code apache/kafka} image is used instead.
 * The broker is started once per JVM and shared by every Quarkus application the tests boot.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static String bootstrapServers;
    private static AutoCloseable broker;
    private static KafkaClusterTestKit cluster;

    @Override
    public synchronized Map<String, String> start() {
        if (bootstrapServers == null) {
            try {
                if (DockerAvailability.containersRequested()) {
                    startContainer();
                } else {
                    startEmbedded();
                }
                Runtime.getRuntime().addShutdownHook(new Thread(KafkaBrokerResource::shutDown));
            } catch (Exception e) {
                throw new IllegalStateException("The test Kafka broker did not start", e);
            }
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    /** The broker's address, for tests that produce or consume records themselves. */
    public static String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("The test Kafka broker is not running");
        }
        return bootstrapServers;
    }

    /**
     * Takes the broker down, as an outage would: clients lose their connections and cannot reconnect until
     * {@link #restartBroker()}. Its data and its address are kept. Only for the broker in the test JVM.
     */
    public static synchronized void stopBroker() {
        embeddedCluster().brokers().values().forEach(server -> server.shutdown());
    }

    /** Brings the broker back after {@link #stopBroker()}, at the same address, and waits until it serves. */
    public static synchronized void restartBroker() {
        KafkaClusterTestKit kit = embeddedCluster();
        kit.brokers().values().forEach(server -> server.startup());
        try {
            kit.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("The test Kafka broker did not come back", e);
        }
    }

    private static KafkaClusterTestKit embeddedCluster() {
        if (cluster == null) {
            throw new IllegalStateException("Only the broker in the test JVM can be stopped and restarted");
        }
        return cluster;
    }

    private static void startEmbedded() throws Exception {
        // The broker's code may ask to end the process (for instance when it stops at JVM exit): in a test JVM that
        // would turn a green run into a failed fork, so such requests are reported instead.
        Exit.setExitProcedure((status, message) -> System.err.println("Test Kafka broker asked to exit(" + status + "): " + message));
        Exit.setHaltProcedure((status, message) -> System.err.println("Test Kafka broker asked to halt(" + status + "): " + message));
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .build();
        KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("auto.create.topics.enable", "true")
                .setConfigProp("num.partitions", "3")
                .build();
        kit.format();
        kit.startup();
        kit.waitForReadyBrokers();
        broker = kit;
        cluster = kit;
        bootstrapServers = kit.bootstrapServers();
    }

    private static void startContainer() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
        container.start();
        broker = container;
        bootstrapServers = container.getBootstrapServers();
    }

    private static synchronized void shutDown() {
        if (broker != null) {
            try {
                broker.close();
            } catch (Exception ignored) {
                // the JVM is exiting; a broker that fails to close leaves nothing behind but temporary files
            }
            broker = null;
        }
    }

    @Override
    public void stop() {
        // Shared by every application started in this JVM: closed by the shutdown hook.
    }
}
