package org.ohchr.uprfund.gateway.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ohchr.uprfund.gateway.service.EventApplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Feeds the read model from the three fund topics (channels configured in application.properties).
 * <p>
 * Each record is applied by {@link EventApplier#apply} in its own transaction, which has committed when the method
 * returns. Only then is the record acknowledged, and only acknowledged records have their offsets committed (the
 * {@code throttled} commit strategy), so a crash can redeliver an event that was applied, never lose one; the
 * applied-event table makes that redelivery harmless. A record that fails stops the channel ({@code failure-strategy=fail})
 * rather than being skipped.
 */
@ApplicationScoped
public class FundEventConsumer {

    private final EventApplier applier;
    private final ObjectMapper json;

    public FundEventConsumer(EventApplier applier, ObjectMapper json) {
        this.applier = applier;
        this.json = json;
    }

    @Incoming("fund-contributions")
    @Blocking
    public void onContributionsEvent(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("fund-projects")
    @Blocking
    public void onProjectsEvent(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("fund-recommendations")
    @Blocking
    public void onRecommendationsEvent(ConsumerRecord<String, String> record) {
        apply(record);
    }

    private void apply(ConsumerRecord<String, String> record) {
        CloudEventEnvelope event;
        try {
            event = CloudEventEnvelope.parse(record.value(), json);
        } catch (MalformedEventException e) {
            throw new MalformedEventException("Record " + record.offset() + " of " + record.topic() + " partition "
                    + record.partition() + " is not a readable event: " + e.getMessage());
        }
        applier.apply(record.topic(), event);
    }
}
