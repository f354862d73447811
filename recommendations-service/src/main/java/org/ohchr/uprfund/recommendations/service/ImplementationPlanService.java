package org.ohchr.uprfund.recommendations.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.platform.concurrency.VersionPrecondition;
import org.ohchr.uprfund.platform.json.StorableText;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.recommendations.domain.ImplementationPlan;
import org.ohchr.uprfund.recommendations.domain.Recommendation;
import org.ohchr.uprfund.recommendations.domain.StatusChange;
import org.ohchr.uprfund.recommendations.event.ImplementationStatusChanged;
import org.ohchr.uprfund.recommendations.mapping.NewStatusChange;
import org.ohchr.uprfund.recommendations.mapping.PlanChanges;
import org.ohchr.uprfund.recommendations.repository.ImplementationPlanRepository;
import org.ohchr.uprfund.recommendations.repository.PlanFilter;
import org.ohchr.uprfund.recommendations.repository.RecommendationRepository;
import org.ohchr.uprfund.recommendations.repository.StatusChangeRepository;

/**
 * Implementation plans and the status of implementation. Both changes need the recommendation's current version
 * (If-Match) and lock its row, so that they take turns with each other and with revisions; a status change is kept as
 * history and published as ImplementationStatusChanged.
 */
@ApplicationScoped
@Transactional
public class ImplementationPlanService {

    static final int MAX_INSTITUTIONS = 20;
    static final int MAX_INSTITUTION_LENGTH = 200;
    static final int MAX_INDICATORS = 20;
    static final int MAX_INDICATOR_LENGTH = 500;
    static final int MAX_RESOURCES_LENGTH = 2000;

    private final RecommendationRepository recommendations;
    private final ImplementationPlanRepository plans;
    private final StatusChangeRepository statusChanges;
    private final EventOutbox outbox;

    ImplementationPlanService(RecommendationRepository recommendations, ImplementationPlanRepository plans,
            StatusChangeRepository statusChanges, EventOutbox outbox) {
        this.recommendations = recommendations;
        this.plans = plans;
        this.statusChanges = statusChanges;
        this.outbox = outbox;
    }

    /** A recommendation with its plan (an empty plan while nothing is planned). */
    public record PlanView(Recommendation recommendation, ImplementationPlan plan) {
    }

    /** A status change recorded, and the recommendation after it. */
    public record StatusChanged(Recommendation recommendation, StatusChange change) {
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<PlanView> findById(UUID recommendationId) {
        return recommendations.findByIdOptional(recommendationId).map(recommendation -> new PlanView(recommendation,
                plans.findByIdOptional(recommendationId).orElseGet(() -> ImplementationPlan.empty(recommendationId))));
    }

    /** Writes the plan (If-Match: the recommendation's current version). */
    public PlanView update(@NotNull UUID recommendationId, @NotNull VersionPrecondition precondition, @NotNull PlanChanges changes,
            @NotNull String updatedBy) {
        Recommendation recommendation = locked(recommendationId);
        precondition.requireCurrent(recommendation.version);
        String[] institutions = texts("responsibleInstitutions", changes.responsibleInstitutions(), MAX_INSTITUTIONS,
                MAX_INSTITUTION_LENGTH);
        String[] indicators = texts("indicators", changes.indicators(), MAX_INDICATORS, MAX_INDICATOR_LENGTH);
        if (changes.plannedStart() != null && changes.plannedEnd() != null && changes.plannedEnd().isBefore(changes.plannedStart())) {
            throw new InvalidFieldException("plannedEnd", "must not be before plannedStart (" + changes.plannedStart() + ")");
        }
        String resources = text("resourcesNeeded", changes.resourcesNeeded(), MAX_RESOURCES_LENGTH);
        ImplementationPlan plan = plans.findByIdOptional(recommendationId).orElse(null);
        boolean first = plan == null;
        if (first) {
            plan = ImplementationPlan.empty(recommendationId);
        }
        plan.write(changes.priority(), institutions, changes.plannedStart(), changes.plannedEnd(), resources, indicators, updatedBy,
                Instant.now());
        if (first) {
            plans.persist(plan);
        }
        recommendation.planChanged();
        return new PlanView(recommendation, plan);
    }

    /**
     * Changes the implementation status (If-Match: the recommendation's current version), keeps the change as history and
     * publishes ImplementationStatusChanged.
     */
    public StatusChanged changeStatus(@NotNull UUID recommendationId, @NotNull VersionPrecondition precondition,
            @NotNull NewStatusChange request, @NotNull String changedBy) {
        Recommendation recommendation = locked(recommendationId);
        precondition.requireCurrent(recommendation.version);
        if (request.status() == null) {
            throw new InvalidFieldException("status", "is required: NOT_STARTED, IN_PROGRESS, PARTIALLY_IMPLEMENTED or IMPLEMENTED");
        }
        if (request.status() == recommendation.implementationStatus) {
            throw new ConflictException("Recommendation " + recommendationId + " is already " + request.status());
        }
        String evidence = evidence(request.evidence());
        if (evidence == null && request.status().needsEvidence()) {
            throw new InvalidFieldException("evidence", "is required for " + request.status()
                    + ": a link to what shows the recommendation implemented");
        }
        StatusChange change = new StatusChange();
        change.id = UUID.randomUUID();
        change.recommendationId = recommendationId;
        change.previousStatus = recommendation.implementationStatus;
        change.status = request.status();
        change.evidence = evidence;
        change.note = text("note", request.note(), StatusChange.MAX_NOTE_LENGTH);
        change.changedAt = Instant.now();
        change.changedBy = changedBy;
        statusChanges.persist(change);
        recommendation.changeStatus(request.status());
        outbox.record(ImplementationStatusChanged.of(change, recommendation.stateUnderReview));
        return new StatusChanged(recommendation, change);
    }

    /** The status changes of a recommendation, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public Page<StatusChange> history(UUID recommendationId, PageRequest page) {
        if (recommendations.findByIdOptional(recommendationId).isEmpty()) {
            throw ResourceNotFoundException.of("recommendation", recommendationId);
        }
        return statusChanges.historyOf(recommendationId, page);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<StatusChange> statusChange(UUID recommendationId, UUID changeId) {
        return statusChanges.findByIdOptional(changeId).filter(change -> change.recommendationId.equals(recommendationId));
    }

    /** Plans of the recommendations that match the filter, in the recommendations' list order. */
    @Transactional(TxType.SUPPORTS)
    public Page<PlanView> list(PlanFilter filter, PageRequest page) {
        Page<Recommendation> found = recommendations.withPlans(filter, page);
        List<UUID> ids = found.items().stream().map(recommendation -> recommendation.id).toList();
        var byId = plans.list("recommendationId in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(plan -> plan.recommendationId, plan -> plan));
        return found.with(found.items().stream().map(recommendation -> new PlanView(recommendation,
                byId.getOrDefault(recommendation.id, ImplementationPlan.empty(recommendation.id)))).toList());
    }

    private Recommendation locked(UUID id) {
        return recommendations.findForUpdate(id).orElseThrow(() -> ResourceNotFoundException.of("recommendation", id));
    }

    private static String evidence(String link) {
        String value = text("evidence", link, StatusChange.MAX_EVIDENCE_LENGTH);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new InvalidFieldException("evidence", "must be an http or https link, such as https://www.example.org/report.pdf");
    }

    private static String[] texts(String field, List<String> values, int max, int maxLength) {
        if (values == null) {
            return new String[0];
        }
        if (values.size() > max) {
            throw new InvalidFieldException(field, "lists more than " + max);
        }
        String[] texts = new String[values.size()];
        for (int i = 0; i < values.size(); i++) {
            String value = text(field + "[" + i + "]", values.get(i), maxLength);
            if (value == null) {
                throw new InvalidFieldException(field + "[" + i + "]", "must not be blank");
            }
            texts[i] = value;
        }
        return texts;
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        String problem = StorableText.problemWith(text);
        if (problem != null) {
            throw new InvalidFieldException(field, problem);
        }
        if (text.length() > maxLength) {
            throw new InvalidFieldException(field, "is longer than " + maxLength + " characters");
        }
        return text;
    }
}
