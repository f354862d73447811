package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.ProgressUpdate;
import org.ohchr.uprfund.gateway.event.ProgressReported;
import org.ohchr.uprfund.gateway.repository.ProgressUpdateRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ProgressReported: a field office's update on a project, kept with its indicators. */
@ApplicationScoped
public class ProgressProjection implements EventProjection {

    private final ProgressUpdateRepository updates;
    private final ObjectMapper json;

    ProgressProjection(ProgressUpdateRepository updates, ObjectMapper json) {
        this.updates = updates;
        this.json = json;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ProgressReported.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        ProgressReported reported = ProgressReported.from(event);
        ProgressUpdate update = new ProgressUpdate();
        update.updateId = reported.updateId();
        update.projectId = reported.projectId();
        update.iso3 = reported.iso3();
        update.periodStart = reported.periodStart();
        update.periodEnd = reported.periodEnd();
        update.status = reported.status().name();
        update.narrative = reported.narrative();
        update.recommendationIds = reported.recommendationIds().toArray(UUID[]::new);
        try {
            update.indicators = json.writeValueAsString(reported.indicators());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Indicators of " + reported.updateId() + " could not be written as JSON", e);
        }
        update.reportedBy = reported.reportedBy();
        update.recordedAt = reported.recordedAt();
        updates.persist(update);
    }
}
