package org.ohchr.uprfund.gateway.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

import org.ohchr.uprfund.gateway.domain.CountryProfile;
import org.ohchr.uprfund.gateway.domain.Finding;
import org.ohchr.uprfund.gateway.domain.Money;
import org.ohchr.uprfund.gateway.domain.ProgressUpdate;
import org.ohchr.uprfund.gateway.domain.Project;
import org.ohchr.uprfund.gateway.domain.Recommendation;
import org.ohchr.uprfund.gateway.domain.Sum;
import org.ohchr.uprfund.gateway.repository.ExpenditureRepository;
import org.ohchr.uprfund.gateway.repository.ProgressUpdateRepository;
import org.ohchr.uprfund.gateway.repository.ProjectRepository;
import org.ohchr.uprfund.gateway.repository.RecommendationRepository;
import org.ohchr.uprfund.gateway.service.readmodel.ReadModelSchema;
import org.ohchr.uprfund.platform.database.ConsistentReads;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.reference.CountryCodes;

/**
 * A State's profile, read in one snapshot of the database: its projects with budget, spending (summed from the
 * expenditure entries) and delivery rate; the recommendations it received, by response and implementation status; the
 * SDGs they and the projects touch; its latest progress updates; and, as findings, links from its projects and updates to
 * recommendations the read model does not know.
 */
@ApplicationScoped
public class CountryProfileService {

    /** How many progress updates a profile shows. */
    public static final int RECENT_UPDATES = 5;

    private final ProjectRepository projects;
    private final RecommendationRepository recommendations;
    private final ProgressUpdateRepository updates;
    private final ExpenditureRepository expenditure;
    private final ConsistentReads reads;
    private final ReadModelSchema readModel;

    CountryProfileService(ProjectRepository projects, RecommendationRepository recommendations, ProgressUpdateRepository updates,
            ExpenditureRepository expenditure, ConsistentReads reads, ReadModelSchema readModel) {
        this.projects = projects;
        this.recommendations = recommendations;
        this.updates = updates;
        this.expenditure = expenditure;
        this.reads = reads;
        this.readModel = readModel;
    }

    /** @throws InvalidFieldException naming {@code iso3} when it is not an ISO 3166-1 alpha-3 code */
    public static String requireIso3(String iso3) {
        if (iso3 == null || !iso3.matches("[A-Z]{3}") || !CountryCodes.isAlpha3(iso3)) {
            throw new InvalidFieldException("iso3", "must be an ISO 3166-1 alpha-3 code in capitals, such as KHM");
        }
        return iso3;
    }

    /**
     * @param schema a rebuild's schema, or null for the live read model
     * @throws ResourceNotFoundException when the read model holds nothing about the State
     */
    @Transactional(TxType.REQUIRES_NEW)
    public CountryProfile profileOf(String iso3, String schema) {
        reads.repeatableRead();
        readModel.use(schema);
        List<Project> itsProjects = projects.ofCountry(iso3);
        List<Recommendation> itsRecommendations = recommendations.toState(iso3);
        Map<String, Sum> spentByCategory = expenditure.sumsByCategoryForCountry(iso3);
        long updateCount = updates.countOf(iso3);
        if (itsProjects.isEmpty() && itsRecommendations.isEmpty() && spentByCategory.isEmpty() && updateCount == 0) {
            throw new ResourceNotFoundException("The read model holds no project, recommendation, progress update or expenditure of "
                    + iso3);
        }
        Map<UUID, BigDecimal> spent = expenditure.spentByProject(itsProjects.stream().map(p -> p.projectId).toList());
        List<CountryProfile.ProjectFigures> projectFigures = itsProjects.stream()
                .map(p -> new CountryProfile.ProjectFigures(p, Money.usd(spent.get(p.projectId)), deliveryRate(Money.usd(spent.get(p.projectId)), p.budgetUsd)))
                .toList();
        List<ProgressUpdate> recent = updates.latestOf(iso3, RECENT_UPDATES);

        Set<UUID> linked = new LinkedHashSet<>();
        itsProjects.forEach(p -> linked.addAll(List.of(p.recommendationIds)));
        recent.forEach(u -> linked.addAll(List.of(u.recommendationIds)));
        Set<UUID> known = recommendations.known(linked);
        List<Finding> findings = new ArrayList<>();
        for (Project project : itsProjects) {
            List<String> unknown = List.of(project.recommendationIds).stream().filter(id -> !known.contains(id)).map(UUID::toString).toList();
            if (!unknown.isEmpty()) {
                findings.add(new Finding(Finding.Kind.UNKNOWN_RECOMMENDATION, "project " + project.code, null, null, null, null, unknown,
                        "Project " + project.code + " (" + project.projectId + ") links to recommendations the read model does not know"));
            }
        }
        for (ProgressUpdate update : recent) {
            List<String> unknown = List.of(update.recommendationIds).stream().filter(id -> !known.contains(id)).map(UUID::toString).toList();
            if (!unknown.isEmpty()) {
                findings.add(new Finding(Finding.Kind.UNKNOWN_RECOMMENDATION, "progress update " + update.updateId, null, null, null, null,
                        unknown, "Progress update " + update.updateId + " links to recommendations the read model does not know"));
            }
        }
        BigDecimal budget = projectFigures.stream().map(p -> p.project().budgetUsd).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal spentTotal = projectFigures.stream().map(CountryProfile.ProjectFigures::spentUsd).reduce(Money.ZERO, BigDecimal::add);
        return new CountryProfile(iso3, projectFigures, budget, spentTotal, deliveryRate(spentTotal, budget), spentByCategory,
                itsRecommendations, recent, findings);
    }

    /** Spent / budget, four decimals, half-even; null when the budget is zero. */
    static BigDecimal deliveryRate(BigDecimal spent, BigDecimal budget) {
        return budget == null || budget.signum() == 0 ? null : spent.divide(budget, 4, RoundingMode.HALF_EVEN);
    }
}
