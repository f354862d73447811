package org.ohchr.uprfund.gateway.service.consumer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.config.ReadModelConfig;
import org.ohchr.uprfund.gateway.domain.FundSource;
import org.ohchr.uprfund.gateway.domain.StatusPart;
import org.ohchr.uprfund.gateway.service.readmodel.FundSources;
import org.ohchr.uprfund.gateway.service.readmodel.RecordProcessor;
import org.ohchr.uprfund.gateway.service.report.ReadModelChanges;
import org.ohchr.uprfund.platform.inbox.ConsumerState;
import org.ohchr.uprfund.platform.inbox.Handled;
import org.ohchr.uprfund.platform.inbox.InboxPolicy;
import org.ohchr.uprfund.platform.inbox.TopicConsumer;
import org.ohchr.uprfund.platform.kafka.KafkaClientSettings;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Starts the read model's consumers with the gateway, one per topic of {@code fund.read-model.sources}, each on a thread
 * of its own, in consumer group {@code fund.read-model.group-id}, from the earliest offset the first time, with offsets
 * committed by the consumer after each record's transaction (the platform's {@link TopicConsumer}, with the read model's
 * inbox, {@link RecordProcessor}). A record that fails for a reason of the moment waits, holding its partition, and is
 * tried again with a pause from {@code fund.read-model.retry-backoff} doubling up to
 * {@code fund.read-model.longest-retry-backoff}; one that waits for the producer's earlier events is parked after
 * {@code fund.read-model.settle-after} at least, once they have all been handled. After records are handled, the fund
 * status snapshot is brought up to date, in every instance of the gateway ({@link ReadModelChanges}). Stops them with the
 * gateway.
 */
@ApplicationScoped
public class FundEventConsumers {

    private static final Logger LOG = Logger.getLogger(FundEventConsumers.class);

    private final FundSources sources;
    private final RecordProcessor processor;
    private final ReadModelChanges changes;
    private final ReadModelConfig config;
    private final KafkaClientSettings kafka;
    private final MeterRegistry metrics;
    private final List<TopicConsumer> consumers = new ArrayList<>();

    FundEventConsumers(FundSources sources, RecordProcessor processor, ReadModelChanges changes, ReadModelConfig config,
            KafkaClientSettings kafka, MeterRegistry metrics) {
        this.sources = sources;
        this.processor = processor;
        this.changes = changes;
        this.config = config;
        this.kafka = kafka;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent started) {
        if (!config.consume()) {
            LOG.info("The read model's consumers are off (fund.read-model.consume=false)");
            return;
        }
        for (FundSource source : sources.all()) {
            TopicConsumer consumer = new TopicConsumer(source.topic(), new KafkaConsumer<>(kafka.forInbox(config.groupId(), "gateway-read-model-" + source.name()), new ByteArrayDeserializer(),
                    new ByteArrayDeserializer()), processor.live(source), this::announce, config.pollTimeout(),
                    new InboxPolicy(config.retryBackoff(), config.longestRetryBackoff()), config.settleAfter());
            consumers.add(consumer);
            ConsumerState state = consumer.state();
            Gauge.builder("fund_read_model_records_behind", state, ConsumerState::recordsBehind)
                    .description("Records of the topic the read model has not read yet, as the broker last said (-1: not known)")
                    .tag("topic", source.topic()).register(metrics);
            Gauge.builder("fund_read_model_records_parked", state, ConsumerState::parked)
                    .description("Records of the topic parked in the dead-letter table since the gateway started")
                    .tag("topic", source.topic()).register(metrics);
            Gauge.builder("fund_read_model_partitions_waiting", state, s -> s.waits().size())
                    .description("Partitions of the topic held at a record that waits (a failure of the moment, a sequence gap...)")
                    .tag("topic", source.topic()).register(metrics);
            Gauge.builder("fund_read_model_sequence_gaps_waiting", state, ConsumerState::gapsWaiting)
                    .description("Partitions of the topic held at an event whose aggregate sequence leaves a gap")
                    .tag("topic", source.topic()).register(metrics);
            Gauge.builder("fund_read_model_sequence_gaps_seen", state, ConsumerState::gapsSeen)
                    .description("Events met since the gateway started whose aggregate sequence left a gap (each counted once)")
                    .tag("topic", source.topic()).register(metrics);
            Gauge.builder("fund_read_model_retries", state, ConsumerState::retries)
                    .description("Tries of records that had to wait, since the gateway started")
                    .tag("topic", source.topic()).register(metrics);
            consumer.start("read-model-" + source.name());
            LOG.infof("Consuming %s (group %s) into the read model", source.topic(), config.groupId());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        consumers.forEach(TopicConsumer::stop);
        consumers.forEach(TopicConsumer::stopAndWait);
    }

    /** What each consumer last did, by topic. */
    public List<ConsumerState> states() {
        return consumers.stream().map(TopicConsumer::state).toList();
    }

    /** Every record handled changes the freshness of its source, at least; an applied one, the parts its type changes. */
    private void announce(List<Handled.Result> results) {
        Set<StatusPart> parts = EnumSet.noneOf(StatusPart.class);
        for (Handled.Result result : results) {
            if (result.appliedType() != null) {
                parts.addAll(StatusPart.changedBy(result.appliedType()));
            }
        }
        changes.announce(parts);
    }
}
