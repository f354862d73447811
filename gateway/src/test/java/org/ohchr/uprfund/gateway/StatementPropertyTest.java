package org.ohchr.uprfund.gateway;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.gateway.domain.FundSource;
import org.ohchr.uprfund.gateway.domain.Statement;
import org.ohchr.uprfund.gateway.domain.StatementLine;
import org.ohchr.uprfund.gateway.mapping.FundStatusResponse;
import org.ohchr.uprfund.gateway.service.readmodel.EventApplier;
import org.ohchr.uprfund.gateway.service.readmodel.FundSources;
import org.ohchr.uprfund.gateway.service.readmodel.ReadModelSchema;
import org.ohchr.uprfund.gateway.service.report.FundStatusService;
import org.ohchr.uprfund.gateway.service.report.StatementService;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * For random mixes of entries over several years (contributions and their reversals, other income of every kind and its
 * reversals, expenditure in every category and its corrections, balances carried forward, reconciliations on the lines
 * their section allows), applied as events through the gateway's applier (the producers' schemas checked, then the
 * projections), each year's statement equals fund status at 31 December figure by figure: every total, the net result,
 * the opening and closing balances, and every line, once the entries its reconciliations moved within their section are
 * counted. The seed is printed; {@code -Dstatement.seed=<seed>} runs the same mix again.
 */
@QuarkusTest
class StatementPropertyTest {

    private static final int FIRST_YEAR = 2001;
    private static final int YEARS = 5;
    private static final int ENTRIES_PER_YEAR = 220;
    private static final List<StatementLine> INCOME_LINES = List.of(StatementLine.CONTRIBUTIONS_RECEIVED, StatementLine.EXCHANGE_GAIN_LOSS,
            StatementLine.PRIOR_YEAR_PLEDGES_RECEIVED, StatementLine.MISCELLANEOUS_AND_INVESTMENT_INCOME);
    private static final List<String> INCOME_KINDS = List.of("INVESTMENT", "MISCELLANEOUS", "PRIOR_YEAR_PLEDGE_RECEIPT", "EXCHANGE_GAIN_LOSS");
    private static final List<String> CATEGORIES = List.of("STAFF", "OTHER_PERSONNEL", "STAFF_TRAVEL", "PARTICIPANT_TRAVEL",
            "CONTRACTUAL_SERVICES", "GENERAL_OPERATING", "EQUIPMENT", "GRANTS", "PROGRAMME_SUPPORT");

    @Inject
    EventApplier applier;

    @Inject
    FundSources sources;

    @Inject
    StatementService statements;

    @Inject
    FundStatusService status;

    @Inject
    ReadModelSchema readModel;

    @Inject
    ObjectMapper json;

    @Test
    void everyYearsStatementEqualsFundStatusAtItsEndFigureByFigure() {
        long seed = Long.getLong("statement.seed", System.nanoTime());
        System.out.println("StatementPropertyTest seed " + seed + " (run it again with -Dstatement.seed=" + seed + ")");
        Mix mix = new Mix(new Random(seed));
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            mix.year(year);
        }
        assertTrue(mix.entries >= 1000, "at least 1,000 entries: " + mix.entries);

        String schema = "rebuild_" + UUID.randomUUID().toString().replace("-", "");
        readModel.create(schema);
        try {
            apply(schema, mix.events);
            FundStatusResponse before = null;
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                Statement statement = statements.statementOf(year, schema);
                FundStatusResponse after = status.statusAt(LocalDate.of(year, 12, 31), schema);
                // A balance carried forward at 1 January starts fund status's window afresh; otherwise the year is what
                // fund status counts at its end less what it counted at the end of the year before.
                FundStatusResponse start = mix.balances.containsKey(year) ? null : before;
                String where = "seed " + seed + ", year " + year;

                same(moved(after.income().totalUsd(), start == null ? null : start.income().totalUsd()),
                        statement.line(StatementLine.TOTAL_INCOME).amountUsd(), where + ": total income");
                same(moved(after.expenditure().totalUsd(), start == null ? null : start.expenditure().totalUsd()),
                        statement.line(StatementLine.TOTAL_EXPENDITURE).amountUsd(), where + ": total expenditure");
                same(moved(after.netResultUsd(), start == null ? null : start.netResultUsd()),
                        statement.line(StatementLine.NET_RESULT).amountUsd(), where + ": net result");
                same(mix.balances.containsKey(year) ? mix.balances.get(year) : before.closingBalanceUsd(),
                        statement.line(StatementLine.OPENING_BALANCE).amountUsd(), where + ": opening balance");
                same(after.closingBalanceUsd(), statement.line(StatementLine.CLOSING_BALANCE).amountUsd(), where + ": closing balance");

                Map<StatementLine, BigDecimal> reconciled = mix.moved.getOrDefault(year, Map.of());
                for (StatementLine line : StatementLine.values()) {
                    if (line.kind() != StatementLine.Kind.ENTRIES) {
                        continue;
                    }
                    BigDecimal ofKind = moved(statusFigure(after, line), start == null ? null : statusFigure(start, line));
                    BigDecimal expected = ofKind.add(reconciled.getOrDefault(line, BigDecimal.ZERO));
                    same(expected, statement.line(line).amountUsd(), where + ": line " + line);
                    same(mix.expected(year, line), statement.line(line).amountUsd(), where + ": line " + line + " from the mix");
                }
                before = after;
            }
        } finally {
            readModel.drop(schema);
        }
    }

    /** What fund status shows for the kinds and categories a line holds when no entry is reconciled elsewhere. */
    private static BigDecimal statusFigure(FundStatusResponse status, StatementLine line) {
        return switch (line) {
            case CONTRIBUTIONS_RECEIVED -> income(status, "CONTRIBUTIONS_RECEIVED");
            case EXCHANGE_GAIN_LOSS -> income(status, "EXCHANGE_GAIN_LOSS");
            case PRIOR_YEAR_PLEDGES_RECEIVED -> income(status, "PRIOR_YEAR_PLEDGE_RECEIPT");
            case MISCELLANEOUS_AND_INVESTMENT_INCOME -> income(status, "INVESTMENT").add(income(status, "MISCELLANEOUS"));
            default -> status.expenditure().byCategory().stream().filter(figure -> figure.code().equals(line.name()))
                    .map(FundStatusResponse.Line::amountUsd).findFirst().orElseThrow();
        };
    }

    private static BigDecimal income(FundStatusResponse status, String code) {
        return status.income().byKind().stream().filter(figure -> figure.code().equals(code)).map(FundStatusResponse.Line::amountUsd)
                .findFirst().orElseThrow();
    }

    /** Equal amounts, whatever their scale. */
    private static void same(BigDecimal expected, BigDecimal actual, String figure) {
        assertTrue(expected.compareTo(actual) == 0, figure + ": expected " + expected.toPlainString() + ", statement shows "
                + actual.toPlainString());
    }

    private static BigDecimal moved(BigDecimal atEnd, BigDecimal atStart) {
        return atStart == null ? atEnd : atEnd.subtract(atStart);
    }

    /** Each event as the consumer hands it to the applier: its envelope parsed from the bytes on the topic. */
    private void apply(String schema, List<FundEvents.Event> events) {
        for (int from = 0; from < events.size(); from += 50) {
            List<FundEvents.Event> batch = events.subList(from, Math.min(events.size(), from + 50));
            Map<String, List<CloudEventEnvelope>> byTopic = new TreeMap<>();
            for (FundEvents.Event event : batch) {
                byTopic.computeIfAbsent(event.topic(), topic -> new ArrayList<>())
                        .add(CloudEventEnvelope.parse(event.envelope().getBytes(StandardCharsets.UTF_8), json));
            }
            byTopic.forEach((topic, envelopes) -> {
                FundSource source = sources.byTopic(topic).orElseThrow();
                QuarkusTransaction.requiringNew().run(() -> applier.applyAll(schema, source, envelopes));
            });
        }
    }

    /** The random entries, as events in the order their producers would publish them, and what each line must show. */
    private static final class Mix {

        final Random random;
        final List<FundEvents.Event> events = new ArrayList<>();
        final Map<Integer, BigDecimal> balances = new HashMap<>();
        /** Per year, per line: what reconciliations moved onto it (positive) or off it (negative). */
        final Map<Integer, Map<StatementLine, BigDecimal>> moved = new HashMap<>();
        final Map<Integer, Map<StatementLine, BigDecimal>> lines = new HashMap<>();
        final List<UUID> donors = new ArrayList<>();
        int entries;

        Mix(Random random) {
            this.random = random;
            for (int i = 0; i < 3; i++) {
                UUID donor = UUID.randomUUID();
                donors.add(donor);
                events.add(FundEvents.donorRegistered(donor, "Property donor " + i + " " + donor, "PRIVATE", null));
            }
        }

        BigDecimal expected(int year, StatementLine line) {
            return lines.getOrDefault(year, Map.of()).getOrDefault(line, BigDecimal.ZERO.setScale(2));
        }

        void year(int year) {
            if (year == FIRST_YEAR || random.nextInt(3) == 0) {
                BigDecimal amount = amount(2_000_000);
                balances.put(year, amount);
                events.add(FundEvents.balanceCarriedForward(UUID.randomUUID(), LocalDate.of(year, 1, 1), amount.toPlainString()));
                entries++;
            }
            List<Kept> contributions = new ArrayList<>();
            List<Kept> income = new ArrayList<>();
            List<Kept> spent = new ArrayList<>();
            for (int i = 0; i < ENTRIES_PER_YEAR; i++) {
                LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                int what = random.nextInt(10);
                if (what < 2) {
                    UUID id = UUID.randomUUID();
                    UUID donor = donors.get(random.nextInt(donors.size()));
                    BigDecimal amount = amount(100_000);
                    events.add(FundEvents.contributionReceived(id, donor, null, amount.toPlainString(), day, String.valueOf(year), null));
                    contributions.add(new Kept(id, donor, amount, day, null, null));
                    count(year, StatementLine.CONTRIBUTIONS_RECEIVED, StatementLine.CONTRIBUTIONS_RECEIVED, amount);
                } else if (what == 2 && !contributions.isEmpty()) {
                    Kept original = contributions.remove(random.nextInt(contributions.size()));
                    LocalDate on = later(original.date, year);
                    events.add(FundEvents.contributionReversed(UUID.randomUUID(), original.id, original.donor,
                            original.amount.negate().toPlainString(), on, String.valueOf(year)));
                    count(year, StatementLine.CONTRIBUTIONS_RECEIVED, StatementLine.CONTRIBUTIONS_RECEIVED, original.amount.negate());
                } else if (what < 5) {
                    String kind = INCOME_KINDS.get(random.nextInt(INCOME_KINDS.size()));
                    BigDecimal amount = amount(20_000);
                    if (kind.equals("EXCHANGE_GAIN_LOSS") && random.nextBoolean()) {
                        amount = amount.negate();
                    }
                    StatementLine ofKind = lineOf(kind);
                    StatementLine on = random.nextInt(4) == 0 ? INCOME_LINES.get(random.nextInt(INCOME_LINES.size())) : null;
                    UUID id = UUID.randomUUID();
                    events.add(FundEvents.incomeRecorded(id, kind, amount.toPlainString(), day, "Property income",
                            kind.equals("PRIOR_YEAR_PLEDGE_RECEIPT") ? String.valueOf(year - 1) : null, on == null ? null : on.name()));
                    income.add(new Kept(id, null, amount, day, kind, on));
                    count(year, ofKind, on == null ? ofKind : on, amount);
                } else if (what == 5 && !income.isEmpty()) {
                    Kept original = income.remove(random.nextInt(income.size()));
                    LocalDate on = later(original.date, year);
                    FundEvents.Event reversal = FundEvents.incomeReversed(UUID.randomUUID(), original.id, original.kind,
                            original.amount.negate().toPlainString(), on);
                    if (original.line != null) {
                        // The producer copies the reversed entry's reconciliation onto its reversal.
                        reversal.data().set("reconciliation", reconciliation(original.line));
                    }
                    events.add(reversal);
                    StatementLine ofKind = lineOf(original.kind);
                    count(year, ofKind, original.line == null ? ofKind : original.line, original.amount.negate());
                } else if (what < 9) {
                    String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                    BigDecimal amount = amount(50_000);
                    StatementLine ofCategory = StatementLine.valueOf(category);
                    StatementLine on = random.nextInt(5) == 0 ? StatementLine.valueOf(CATEGORIES.get(random.nextInt(CATEGORIES.size()))) : null;
                    UUID id = UUID.randomUUID();
                    events.add(FundEvents.expenditureRecorded(id, null, null, day, category, amount.toPlainString(), "Property expenditure",
                            on == null ? null : on.name()));
                    spent.add(new Kept(id, null, amount, day, category, on));
                    count(year, ofCategory, on == null ? ofCategory : on, amount);
                } else if (!spent.isEmpty()) {
                    Kept original = spent.remove(random.nextInt(spent.size()));
                    BigDecimal part = original.amount.multiply(BigDecimal.valueOf(1 + random.nextInt(100), 2)).setScale(2,
                            RoundingMode.DOWN).max(new BigDecimal("0.01"));
                    LocalDate on = later(original.date, year);
                    StatementLine ofCategory = StatementLine.valueOf(original.kind);
                    StatementLine line = random.nextInt(4) == 0 ? StatementLine.valueOf(CATEGORIES.get(random.nextInt(CATEGORIES.size()))) : null;
                    FundEvents.Event correction = FundEvents.expenditureReversed(UUID.randomUUID(), original.id, null, null, on,
                            original.kind, part.negate().toPlainString());
                    if (line != null) {
                        correction.data().set("reconciliation", reconciliation(line));
                    }
                    events.add(correction);
                    count(year, ofCategory, line == null ? ofCategory : line, part.negate());
                } else {
                    continue;
                }
                entries++;
            }
        }

        private void count(int year, StatementLine ofKind, StatementLine on, BigDecimal amount) {
            lines.computeIfAbsent(year, y -> new EnumMap<>(StatementLine.class)).merge(on, amount, BigDecimal::add);
            if (on != ofKind) {
                Map<StatementLine, BigDecimal> moves = moved.computeIfAbsent(year, y -> new EnumMap<>(StatementLine.class));
                moves.merge(on, amount, BigDecimal::add);
                moves.merge(ofKind, amount.negate(), BigDecimal::add);
            }
        }

        private static StatementLine lineOf(String kind) {
            return switch (kind) {
                case "EXCHANGE_GAIN_LOSS" -> StatementLine.EXCHANGE_GAIN_LOSS;
                case "PRIOR_YEAR_PLEDGE_RECEIPT" -> StatementLine.PRIOR_YEAR_PLEDGES_RECEIVED;
                default -> StatementLine.MISCELLANEOUS_AND_INVESTMENT_INCOME;
            };
        }

        private static ObjectNode reconciliation(StatementLine line) {
            return FundEvents.object().put("line", line.name()).put("note", "Reconciled on " + line.name() + " by the property test");
        }

        private LocalDate later(LocalDate date, int year) {
            LocalDate end = LocalDate.of(year, 12, 31);
            return date.plusDays(random.nextInt((int) (end.toEpochDay() - date.toEpochDay()) + 1));
        }

        /** A random amount of 0.01 to {@code most} US dollars, two decimals. */
        private BigDecimal amount(int most) {
            return BigDecimal.valueOf(1 + (long) (random.nextDouble() * most * 100L), 2);
        }
    }

    /** An entry a later one may reverse: its kind or category, and the line a reconciliation put it on (null: its own). */
    private record Kept(UUID id, UUID donor, BigDecimal amount, LocalDate date, String kind, StatementLine line) {
    }
}
