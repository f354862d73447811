package org.ohchr.uprfund.recommendations.repository;

import java.util.ArrayList;
import java.util.List;

import org.ohchr.uprfund.recommendations.domain.AffectedGroup;
import org.ohchr.uprfund.recommendations.domain.Facets;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Mechanism;
import org.ohchr.uprfund.recommendations.domain.StateResponse;
import org.ohchr.uprfund.recommendations.domain.TextQuery;
import org.ohchr.uprfund.recommendations.domain.Theme;

/**
 * The filters of the recommendation list, each optional (null: any); a recommendation must match them all. {@code q}
 * searches the texts (see {@link TextQuery}).
 */
public record RecommendationFilter(
        TextQuery q,
        String stateUnderReview,
        String recommendingState,
        Mechanism mechanism,
        Integer cycle,
        String session,
        String documentSymbol,
        String paragraphSort,
        String language,
        StateResponse response,
        Integer actionCategory,
        Theme theme,
        AffectedGroup affectedPerson,
        Integer sdgGoal,
        String sdgTarget,
        ImplementationStatus implementationStatus) {

    /**
     * The facets a recommendation must all have ({@link Facets}); the State, cycle, mechanism, language, response, action
     * category and status are filtered by columns of their own.
     */
    public List<String> facets() {
        List<String> facets = new ArrayList<>();
        if (recommendingState != null) {
            facets.add(Facets.recommendingState(recommendingState));
        }
        if (session != null) {
            facets.add(Facets.session(session));
        }
        if (documentSymbol != null) {
            facets.add(Facets.document(documentSymbol));
        }
        if (theme != null) {
            facets.add(Facets.theme(theme));
        }
        if (affectedPerson != null) {
            facets.add(Facets.affected(affectedPerson));
        }
        if (sdgGoal != null) {
            facets.add(Facets.goal(sdgGoal));
        }
        if (sdgTarget != null) {
            facets.add(Facets.target(sdgTarget));
        }
        return facets;
    }
}
