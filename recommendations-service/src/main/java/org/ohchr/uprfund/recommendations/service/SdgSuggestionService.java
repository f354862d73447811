package org.ohchr.uprfund.recommendations.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.Recommendation;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;
import org.ohchr.uprfund.recommendations.domain.SdgDecision;
import org.ohchr.uprfund.recommendations.domain.SdgLexicon;
import org.ohchr.uprfund.recommendations.domain.SdgSuggester;
import org.ohchr.uprfund.recommendations.domain.SdgSuggestion;
import org.ohchr.uprfund.recommendations.domain.SustainableDevelopmentGoals;
import org.ohchr.uprfund.recommendations.event.RecommendationRevised;
import org.ohchr.uprfund.recommendations.event.SdgLinkAccepted;
import org.ohchr.uprfund.recommendations.repository.RecommendationRepository;
import org.ohchr.uprfund.recommendations.repository.SdgDecisionRepository;

/**
 * SDG targets suggested for a recommendation by the service's lexicon ({@link SdgSuggester}) over its text and
 * translations, and the editors' decisions on them: an accepted target is linked to the recommendation (with its goal)
 * and published (SdgLinkAccepted, then RecommendationRevised); a rejected one is remembered and shown as such.
 */
@ApplicationScoped
@Transactional
public class SdgSuggestionService {

    /** Suggestions shown per recommendation. */
    public static final int SHOWN = 10;

    private final RecommendationRepository recommendations;
    private final SdgDecisionRepository decisions;
    private final EventOutbox outbox;
    private final SdgSuggester suggester = new SdgSuggester(SdgLexicon.load());

    SdgSuggestionService(RecommendationRepository recommendations, SdgDecisionRepository decisions, EventOutbox outbox) {
        this.recommendations = recommendations;
        this.decisions = decisions;
        this.outbox = outbox;
    }

    /** A suggestion and where it stands. */
    public record Suggested(SdgSuggestion suggestion, Optional<SdgDecision.Decision> decision, boolean linked) {
    }

    /** The suggestions for a recommendation, best first, with the decisions taken on them. */
    @Transactional(TxType.SUPPORTS)
    public List<Suggested> suggestionsFor(UUID id) {
        Recommendation recommendation = recommendations.findByIdOptional(id).orElseThrow(() -> ResourceNotFoundException.of("recommendation", id));
        return suggested(recommendation);
    }

    /** Links a suggested target; accepting one linked already changes nothing. */
    public Suggested accept(UUID id, String target, String acceptedBy) {
        String code = target(target);
        Recommendation recommendation = recommendations.findForUpdate(id).orElseThrow(() -> ResourceNotFoundException.of("recommendation", id));
        Suggested suggested = find(recommendation, code);
        if (!suggested.linked()) {
            RecommendationContent current = recommendation.content();
            List<String> targets = new ArrayList<>(current.sdgTargets());
            targets.add(code);
            targets.sort(SustainableDevelopmentGoals.TARGET_ORDERING);
            List<Integer> goals = new ArrayList<>(current.sdgGoals());
            if (!goals.contains(SustainableDevelopmentGoals.goalOf(code))) {
                goals.add(SustainableDevelopmentGoals.goalOf(code));
                goals.sort(null);
            }
            RecommendationContent linked = new RecommendationContent(current.stateUnderReview(), current.recommendingStates(),
                    current.mechanism(), current.cycle(), current.session(), current.documentSymbol(), current.paragraph(),
                    current.language(), current.text(), current.translations(), current.response(), current.actionCategory(),
                    current.themes(), current.affectedPersons(), List.copyOf(goals), List.copyOf(targets), current.note());
            List<String> changed = linked.changedFrom(current);
            Instant now = Instant.now();
            recommendation.revise(linked, acceptedBy, now);
            outbox.record(new SdgLinkAccepted(id, recommendation.stateUnderReview, SustainableDevelopmentGoals.goalOf(code), code,
                    acceptedBy, now));
            outbox.record(RecommendationRevised.of(recommendation, changed));
        }
        decide(id, code, SdgDecision.Decision.ACCEPTED, acceptedBy);
        return new Suggested(suggested.suggestion(), Optional.of(SdgDecision.Decision.ACCEPTED), true);
    }

    /** Rejects a suggested target; a linked target is removed by revising the recommendation instead (409). */
    public Suggested reject(UUID id, String target, String rejectedBy) {
        String code = target(target);
        Recommendation recommendation = recommendations.findForUpdate(id).orElseThrow(() -> ResourceNotFoundException.of("recommendation", id));
        Suggested suggested = find(recommendation, code);
        if (suggested.linked()) {
            throw new ConflictException("Target " + code + " is linked to recommendation " + id + ": to remove the link, revise the"
                    + " recommendation (PUT /api/recommendations/" + id + ") without it");
        }
        decide(id, code, SdgDecision.Decision.REJECTED, rejectedBy);
        return new Suggested(suggested.suggestion(), Optional.of(SdgDecision.Decision.REJECTED), false);
    }

    public SdgSuggester suggester() {
        return suggester;
    }

    private Suggested find(Recommendation recommendation, String code) {
        return suggested(recommendation).stream().filter(suggested -> suggested.suggestion().target().equals(code)).findFirst()
                .orElseThrow(() -> new ConflictException("Target " + code + " is not among the targets suggested for recommendation "
                        + recommendation.id + "; an editor links any other target by revising the recommendation"));
    }

    private List<Suggested> suggested(Recommendation recommendation) {
        RecommendationContent content = recommendation.content();
        Map<UnLanguage, String> texts = new LinkedHashMap<>();
        texts.put(content.language(), content.text());
        texts.putAll(content.translations());
        Map<String, SdgDecision.Decision> decided = decisions.ofRecommendation(recommendation.id).stream()
                .collect(Collectors.toMap(decision -> decision.sdgTarget, decision -> decision.decision));
        return suggester.suggest(texts, SHOWN).stream().map(suggestion -> new Suggested(suggestion,
                Optional.ofNullable(decided.get(suggestion.target())), content.sdgTargets().contains(suggestion.target()))).toList();
    }

    private void decide(UUID id, String target, SdgDecision.Decision decision, String by) {
        SdgDecision row = decisions.findByIdOptional(new SdgDecision.Key(id, target)).orElse(null);
        if (row == null) {
            decisions.persist(SdgDecision.of(id, target, decision, by, Instant.now()));
        } else {
            row.decide(decision, by, Instant.now());
        }
    }

    private static String target(String target) {
        String code = target == null ? "" : target.strip().toLowerCase(Locale.ROOT);
        if (!SustainableDevelopmentGoals.isTarget(code)) {
            throw new InvalidFieldException("target", "is not an SDG target: targets are numbered as in the 2030 Agenda, such as 5.1 to"
                    + " 5.6 and 5.a to 5.c (see GET /api/sdgs)");
        }
        return code;
    }
}
