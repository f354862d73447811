package org.ohchr.uprfund.recommendations.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * A recommendation made to a State, with the current status of its implementation. Its content changes only through
 * {@link #revise}; its status only through {@link #changeStatus}; each change raises {@link #version}, the ETag of the
 * recommendation and of its plan. Callers lock the row first (changes take turns).
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    public UUID id;

    @Column(name = "state_under_review", nullable = false, length = 3)
    public String stateUnderReview;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recommending_states", nullable = false)
    public String[] recommendingStates;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Mechanism mechanism;

    public Integer cycle;

    @Column(length = 50)
    public String session;

    @Column(name = "document_symbol", nullable = false, length = 100)
    public String documentSymbol;

    @Column(nullable = false, length = 30)
    public String paragraph;

    @Column(name = "paragraph_sort", nullable = false, length = 80)
    public String paragraphSort;

    /** The tag of the language the text is in. */
    @Column(nullable = false, length = 2)
    public String language;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    /** JSON object: language tag to text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String translations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public StateResponse response;

    @Column(name = "action_category")
    public Integer actionCategory;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] themes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "affected_persons", nullable = false)
    public String[] affectedPersons;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_goals", nullable = false)
    public Integer[] sdgGoals;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_targets", nullable = false)
    public String[] sdgTargets;

    @Enumerated(EnumType.STRING)
    @Column(name = "implementation_status", nullable = false, length = 25)
    public ImplementationStatus implementationStatus;

    @Column(length = 500)
    public String note;

    /** The keys of its facets ({@link Facets}), which its search row indexes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "facet_keys", nullable = false)
    public Long[] facetKeys;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    @Column(name = "revised_at")
    public Instant revisedAt;

    @Column(name = "revised_by", length = 200)
    public String revisedBy;

    @Column(nullable = false)
    public long version;

    /** A new recommendation, not yet persisted. */
    public static Recommendation record(UUID id, RecommendationContent content, ImplementationStatus status, String recordedBy,
            Instant recordedAt) {
        Recommendation recommendation = new Recommendation();
        recommendation.id = id;
        recommendation.implementationStatus = status;
        recommendation.set(content);
        recommendation.recordedAt = recordedAt;
        recommendation.recordedBy = recordedBy;
        recommendation.version = 0;
        return recommendation;
    }

    /**
     * Takes the revised content. The natural key (State, cycle, document, paragraph) never changes: the caller checks
     * that it is the same.
     */
    public void revise(RecommendationContent content, String revisedBy, Instant revisedAt) {
        set(content);
        this.revisedAt = revisedAt;
        this.revisedBy = revisedBy;
        version++;
    }

    public void changeStatus(ImplementationStatus status) {
        implementationStatus = status;
        version++;
    }

    /** A change of its plan: the version, which the plan shares, moves on. */
    public void planChanged() {
        version++;
    }

    /** The content, as the rules normalised it when it was written. */
    public RecommendationContent content() {
        return new RecommendationContent(stateUnderReview, List.of(recommendingStates), mechanism, cycle, session, documentSymbol,
                new ParagraphNumber(paragraph, paragraphSort), UnLanguage.valueOf(language.toUpperCase(Locale.ROOT)), text,
                Translations.fromJson(translations), response, actionCategory, Arrays.stream(themes).map(Theme::valueOf).toList(),
                Arrays.stream(affectedPersons).map(AffectedGroup::valueOf).toList(), List.of(sdgGoals), List.of(sdgTargets), note);
    }

    private void set(RecommendationContent content) {
        stateUnderReview = content.stateUnderReview();
        recommendingStates = content.recommendingStates().toArray(String[]::new);
        mechanism = content.mechanism();
        cycle = content.cycle();
        session = content.session();
        documentSymbol = content.documentSymbol();
        paragraph = content.paragraph().text();
        paragraphSort = content.paragraph().sortKey();
        language = content.language().tag();
        text = content.text();
        translations = Translations.toJson(content.translations());
        response = content.response();
        actionCategory = content.actionCategory();
        themes = content.themes().stream().map(Enum::name).toArray(String[]::new);
        affectedPersons = content.affectedPersons().stream().map(Enum::name).toArray(String[]::new);
        sdgGoals = content.sdgGoals().toArray(Integer[]::new);
        sdgTargets = content.sdgTargets().toArray(String[]::new);
        note = content.note();
        facetKeys = Facets.keys(content);
    }
}
