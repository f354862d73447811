package org.ohchr.uprfund.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.ohchr.uprfund.gateway.service.consumer.FundEventConsumers;
import org.ohchr.uprfund.platform.inbox.ConsumerState;

/**
 * How far the read model's consumers are, in readiness: per topic, the records not yet read, when the broker last
 * answered, the last failure, and each partition held at a record that waits ({@code <topic>.waiting.<partition>}: its
 * offset, since when and why; a sequence gap says "sequence gap"), with the count of sequence gaps waiting now and met
 * since the start. Always UP: routing needs neither the broker nor the consumers, and fund status keeps
 * answering from the read model while they catch up, saying how fresh each source is.
 */
@Readiness
@ApplicationScoped
public class ReadModelHealthCheck implements HealthCheck {

    private final FundEventConsumers consumers;

    ReadModelHealthCheck(FundEventConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Read model consumers").up();
        for (ConsumerState state : consumers.states()) {
            String prefix = state.topic() + ".";
            response.withData(prefix + "recordsBehind", state.recordsBehind())
                    .withData(prefix + "lastPollAt", state.lastPollAt() == null ? "never" : state.lastPollAt().toString())
                    .withData(prefix + "parkedSinceStart", state.parked())
                    .withData(prefix + "sequenceGapsWaiting", state.gapsWaiting())
                    .withData(prefix + "sequenceGapsSinceStart", state.gapsSeen());
            for (ConsumerState.Wait wait : state.waits().values()) {
                response.withData(prefix + "waiting." + wait.partition(), "offset " + wait.offset() + " since " + wait.since() + ": "
                        + wait.reason());
            }
            if (state.lastFailure() != null) {
                response.withData(prefix + "lastFailure", state.lastFailure());
            }
        }
        return response.build();
    }
}
