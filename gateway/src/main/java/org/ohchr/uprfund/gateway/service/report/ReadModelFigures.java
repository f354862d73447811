package org.ohchr.uprfund.gateway.service.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

import org.ohchr.uprfund.gateway.domain.ContributionsTable;
import org.ohchr.uprfund.gateway.domain.CountryProfile;
import org.ohchr.uprfund.gateway.domain.Statement;
import org.ohchr.uprfund.gateway.domain.StatementLine;
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse;
import org.ohchr.uprfund.gateway.repository.RecommendationRepository;
import org.ohchr.uprfund.gateway.service.readmodel.ReadModelSchema;

/**
 * Every figure the gateway answers, flattened to name -> value, from one read model (the live one, or a rebuild's):
 * fund status now, every year's statement, the contributions table, every State's profile, and per topic the events
 * applied and records parked. Two read models built from the same events give the same figures; a rebuild compares them
 * name by name. What is not built from events (the figures reports state) and what depends on when events were
 * delivered (redeliveries ignored, lags, times) is left out.
 */
@ApplicationScoped
public class ReadModelFigures {

    private final FundStatusService status;
    private final StatementService statements;
    private final ContributionsTableService table;
    private final CountryProfileService profiles;
    private final RecommendationRepository recommendations;
    private final ReadModelSchema readModel;

    ReadModelFigures(FundStatusService status, StatementService statements, ContributionsTableService table,
            CountryProfileService profiles, RecommendationRepository recommendations, ReadModelSchema readModel) {
        this.status = status;
        this.statements = statements;
        this.table = table;
        this.profiles = profiles;
        this.recommendations = recommendations;
        this.readModel = readModel;
    }

    /** @param schema a rebuild's schema, or null for the live read model */
    public SortedMap<String, String> of(String schema) {
        SortedMap<String, String> figures = new TreeMap<>();
        FundStatusResponse now = status.statusAt(status.today(), schema);
        now.income().byKind().forEach(line -> money(figures, "status.income." + line.code(), line.amountUsd(), line.entries()));
        now.expenditure().byCategory().forEach(line -> money(figures, "status.expenditure." + line.code(), line.amountUsd(), line.entries()));
        figures.put("status.netResultUsd", plain(now.netResultUsd()));
        figures.put("status.closingBalanceUsd", plain(now.closingBalanceUsd()));
        figures.put("status.pledgesOutstanding.totalUsd", plain(now.pledgesOutstanding().totalUsd()));
        now.pledgesOutstanding().byDonor().forEach(row -> figures.put("status.pledgesOutstanding." + row.donorId(),
                plain(row.outstandingUsd()) + " in " + row.pledges() + " pledges"));
        now.projects().byStatus().forEach(count -> figures.put("status.projects." + count.code(), Long.toString(count.count())));
        now.projects().byCountry().forEach(country -> figures.put("status.projects.country." + country.iso3(), country.projects()
                + " projects, " + country.funded() + " funded, budget " + plain(country.budgetUsd()) + ", spent " + plain(country.spentUsd())));
        figures.put("status.recommendations.recorded", Long.toString(now.recommendations().recorded()));
        now.recommendations().byImplementationStatus().forEach(count -> figures.put("status.recommendations." + count.code(),
                Long.toString(count.count())));
        figures.put("status.recommendations.linked", now.recommendations().linkedToFundedProjects().count() + ", of which unknown "
                + now.recommendations().linkedToFundedProjects().unknown());
        figures.put("status.donors", now.donors().registered() + " registered, " + now.donors().states() + " States");
        now.sources().forEach(source -> {
            figures.put("source." + source.topic() + ".eventsApplied", Long.toString(source.eventsApplied()));
            figures.put("source." + source.topic() + ".parked", Long.toString(source.parked()));
        });

        for (int year : statements.years(schema)) {
            Statement statement = statements.statementOf(year, schema);
            for (StatementLine line : StatementLine.values()) {
                money(figures, "statement." + year + "." + line, statement.line(line).amountUsd(), statement.line(line).entries());
            }
        }

        ContributionsTable contributions = table.table(List.of(ContributionsTableService.PERIOD, ContributionsTableService.DONOR), schema);
        contributions.rows().forEach(row -> money(figures, "contributions." + row.period() + "." + row.donorId(), row.sum().amountUsd(),
                row.sum().entries()));
        money(figures, "contributions.total", contributions.total().amountUsd(), contributions.total().entries());

        TreeSet<String> states = new TreeSet<>(statesWithRecommendations(schema));
        now.projects().byCountry().forEach(country -> states.add(country.iso3()));
        for (String iso3 : states) {
            CountryProfile profile = profiles.profileOf(iso3, schema);
            figures.put("country." + iso3, profile.projects().size() + " projects, budget " + plain(profile.budgetUsd()) + ", spent "
                    + plain(profile.spentUsd()) + ", " + profile.recommendations().size() + " recommendations, "
                    + profile.recentProgress().size() + " recent updates, " + profile.findings().size() + " findings");
        }
        return figures;
    }

    @Transactional(TxType.REQUIRES_NEW)
    List<String> statesWithRecommendations(String schema) {
        readModel.use(schema);
        return recommendations.states();
    }

    private static void money(SortedMap<String, String> figures, String name, BigDecimal amount, long entries) {
        figures.put(name, plain(amount) + " (" + entries + " entries)");
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.toPlainString();
    }
}
