package org.ohchr.uprfund.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.kafka.KafkaClientSettings;

class OutboxPublisherTest {

    private final OutboxConfig config = new OutboxConfig() {
        public String topic() { return "fund.test.v1"; }
        public String source() { return "/upr-fund/test-service"; }
        public Duration pollInterval() { return Duration.ofSeconds(2); }
        public int batchSize() { return 100; }
        public Duration deliveryTimeout() { return Duration.ofSeconds(30); }
        public Duration retryBackoff() { return Duration.ofSeconds(1); }
        public Duration maxRetryBackoff() { return Duration.ofSeconds(30); }
        public Duration retention() { return Duration.ofDays(7); }
    };

    @Test
    void theRelayConnectsWithTheServicesKafkaSecuritySettings() {
        Map<String, Object> settings = new OutboxPublisher(config, new KafkaClientSettings(Map.of(
                "bootstrap.servers", "broker-1:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "ssl.truststore.location", "/etc/kafka/truststore.p12",
                "health.enabled", "false"))).producerSettings();

        assertThat(settings).containsEntry("bootstrap.servers", "broker-1:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12")
                .doesNotContainKey("health.enabled");
    }

    @Test
    void whatTheRelaysGuaranteesRestOnCannotBeConfiguredAway() {
        Map<String, Object> settings = new OutboxPublisher(config, new KafkaClientSettings(Map.of(
                "bootstrap.servers", "localhost:9092",
                "acks", "0",
                "enable.idempotence", "false",
                "max.in.flight.requests.per.connection", "5"))).producerSettings();

        assertThat(settings).containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("max.in.flight.requests.per.connection", 1)
                .containsEntry("delivery.timeout.ms", 30_000);
    }
}
