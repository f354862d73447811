package org.ohchr.uprfund.projects.repository;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.problem.UniqueConstraintMessages;

/** What this service's unique constraints protect, for the 409 a write that races with another one gets. */
@ApplicationScoped
public class ProjectsConstraints implements UniqueConstraintMessages {

    private static final Map<String, String> MESSAGES = Map.of(
            "project_code_unique", "A project with this code already exists");

    @Override
    public Optional<String> describe(String constraint) {
        return Optional.ofNullable(MESSAGES.get(constraint));
    }
}
