package org.ohchr.uprfund.recommendations.mapping;

import java.util.Locale;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.recommendations.domain.AffectedGroup;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Mechanism;
import org.ohchr.uprfund.recommendations.domain.ParagraphNumber;
import org.ohchr.uprfund.recommendations.domain.RecommendationRules;
import org.ohchr.uprfund.recommendations.domain.StateResponse;
import org.ohchr.uprfund.recommendations.domain.SustainableDevelopmentGoals;
import org.ohchr.uprfund.recommendations.domain.TextQuery;
import org.ohchr.uprfund.recommendations.domain.Theme;
import org.ohchr.uprfund.recommendations.repository.RecommendationFilter;

/**
 * The filters of the recommendation list and its export ({@code @BeanParam}): one per property of a recommendation, and
 * {@code q}. Each is checked: a malformed or unknown value is a 400 naming the parameter.
 */
public class RecommendationQueryParameters {

    @QueryParam("q")
    @Parameter(description = "Words to find in the texts (the original and its translations), each text searched in its own"
            + " language: Arabic, English, French, Russian and Spanish by words and their stems (\"a phrase\", or, -word); Chinese"
            + " by substring, from one character up. At most 200 characters", example = "education")
    String q;

    @QueryParam("state")
    @Parameter(description = "State under review, ISO 3166-1 alpha-3", example = "KHM")
    String state;

    @QueryParam("recommendingState")
    @Parameter(description = "A State among those that made the recommendation", example = "FRA")
    String recommendingState;

    @QueryParam("mechanism")
    @Parameter(description = "UPR, TREATY_BODY or SPECIAL_PROCEDURE")
    Mechanism mechanism;

    @QueryParam("cycle")
    @Parameter(description = "UPR cycle, 1 to 4", example = "3")
    Integer cycle;

    @QueryParam("session")
    @Parameter(description = "Session, as recorded", example = "32")
    String session;

    @QueryParam("documentSymbol")
    @Parameter(description = "UN document symbol", example = "A/HRC/41/17")
    String documentSymbol;

    @QueryParam("paragraph")
    @Parameter(description = "Paragraph number (110.12 and 110.012 are one paragraph)", example = "110.12")
    String paragraph;

    @QueryParam("language")
    @Parameter(description = "Language of the text: ar, zh, en, fr, ru or es", example = "fr")
    String language;

    @QueryParam("response")
    @Parameter(description = "The State's response")
    StateResponse response;

    @QueryParam("actionCategory")
    @Parameter(description = "UPR Info action category, 1 to 5", example = "5")
    Integer actionCategory;

    @QueryParam("theme")
    @Parameter(description = "A theme code of GET /api/themes", example = "RIGHT_TO_EDUCATION")
    String theme;

    @QueryParam("affectedPerson")
    @Parameter(description = "A group code of GET /api/recommendations/vocabulary", example = "WOMEN_AND_GIRLS")
    String affectedPerson;

    @QueryParam("sdgGoal")
    @Parameter(description = "An SDG, 1 to 17", example = "4")
    Integer sdgGoal;

    @QueryParam("sdgTarget")
    @Parameter(description = "An SDG target, as numbered in the 2030 Agenda", example = "4.1")
    String sdgTarget;

    @QueryParam("implementationStatus")
    @Parameter(description = "The current implementation status")
    ImplementationStatus implementationStatus;

    /** @throws InvalidFieldException naming the first parameter that is not acceptable */
    public RecommendationFilter filter() {
        TextQuery text = null;
        if (q != null && !q.isBlank()) {
            if (q.length() > TextQuery.MAX_LENGTH) {
                throw new InvalidFieldException("q", "is longer than " + TextQuery.MAX_LENGTH + " characters");
            }
            text = TextQuery.of(q);
        }
        if (cycle != null && (cycle < 1 || cycle > 4)) {
            throw new InvalidFieldException("cycle", "must be a UPR cycle from 1 to 4");
        }
        if (actionCategory != null && (actionCategory < 1 || actionCategory > 5)) {
            throw new InvalidFieldException("actionCategory", "must be from 1 to 5");
        }
        if (sdgGoal != null && !SustainableDevelopmentGoals.isGoal(sdgGoal)) {
            throw new InvalidFieldException("sdgGoal", "must be an SDG from 1 to 17");
        }
        String target = blank(sdgTarget) ? null : sdgTarget.strip().toLowerCase(Locale.ROOT);
        if (target != null && !SustainableDevelopmentGoals.isTarget(target)) {
            throw new InvalidFieldException("sdgTarget", "is not an SDG target: targets are numbered as in the 2030 Agenda, such as 5.1"
                    + " to 5.6 and 5.a to 5.c (see GET /api/sdgs)");
        }
        String paragraphSort = null;
        if (!blank(paragraph)) {
            paragraphSort = (paragraph.length() > 40 ? java.util.Optional.<ParagraphNumber>empty() : ParagraphNumber.parse(paragraph))
                    .orElseThrow(() -> new InvalidFieldException("paragraph", "must be a paragraph number such as 110.12, 25 or 25 (a)"))
                    .sortKey();
        }
        return new RecommendationFilter(text, state("state", state), state("recommendingState", recommendingState), mechanism, cycle,
                blank(session) ? null : session.strip(), blank(documentSymbol) ? null : documentSymbol.strip(), paragraphSort,
                language(), response, actionCategory, code("theme", theme, Theme.class), code("affectedPerson", affectedPerson,
                        AffectedGroup.class), sdgGoal, target, implementationStatus);
    }

    private String language() {
        if (blank(language)) {
            return null;
        }
        String tag = language.strip().toLowerCase(Locale.ROOT);
        if (!tag.matches("ar|zh|en|fr|ru|es")) {
            throw new InvalidFieldException("language", "must be one of the six UN languages: ar, zh, en, fr, ru or es");
        }
        return tag;
    }

    private static String state(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return RecommendationRules.stateCode(value)
                .orElseThrow(() -> new InvalidFieldException(name, "must be an ISO 3166-1 alpha-3 country code such as KHM"));
    }

    private static <E extends Enum<E>> E code(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(name, "is not a known code" + (type == Theme.class ? " (see GET /api/themes)"
                    : " (see GET /api/recommendations/vocabulary)"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
