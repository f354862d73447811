package org.ohchr.uprfund.gateway.repository;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.problem.UniqueConstraintMessages;

/** What the gateway's unique constraints protect, for the 409 a write that races with another one gets. */
@ApplicationScoped
public class GatewayConstraints implements UniqueConstraintMessages {

    private static final Map<String, String> MESSAGES = Map.of(
            "stated_figure_once", "This report's figure is already recorded");

    @Override
    public Optional<String> describe(String constraint) {
        return Optional.ofNullable(MESSAGES.get(constraint));
    }
}
