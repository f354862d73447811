package org.ohchr.uprfund.gateway;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The events the suite publishes for the demonstration data of the fund's 2020 report (deploy/demo-data, read from
 * there), as deploy/load-demo-data records it through the services: the 19 donors and the 44 rows of Table 2 as
 * contributions (in US dollars, dated the last day of their period), the balance at 1 January 2020, 2020's other income
 * with the labelled reconciliation entry; the projects of projects_2020.csv (budget 0.00 with the loader's note, approved
 * on 1 January 2020, the six of the narratives ACTIVE with their progress updates and indicators); Table 1's expenditure
 * lines as fund-level entries dated 31 December 2020, a line shown in parentheses being the correction of a labelled
 * reconciliation entry of 2019 (inside the balance carried forward). Event ids are derived from their content, so
 * publishing twice only adds duplicates.
 */
final class Report2020 {

    static final String RECONCILIATION_LINE = "CONTRIBUTIONS_RECEIVED";
    static final String BUDGET_NOTE = "The report gives no budget per project: 0.00 is recorded rather than an invented figure (so no"
            + " delivery rate is computed); the fund's 2020 expenditure is recorded at fund level, as Table 1 gives it.";
    private static final String CONSENT_REFERENCE = "Not quoted in the report, which states that the fund assists only at a State's"
            + " request and with its consent (paras 15 and 28)";
    /** Table 1's expenditure lines and their UN cost categories, as the loader maps them. */
    private static final Map<String, String> EXPENDITURE_LINES = Map.of(
            "Staff costs", "STAFF",
            "Other personnel costs (consultants and travel)", "OTHER_PERSONNEL",
            "Travel of staff and consultants", "STAFF_TRAVEL",
            "Travel of representatives and participants to meetings and seminars", "PARTICIPANT_TRAVEL",
            "Contractual services", "CONTRACTUAL_SERVICES",
            "General operating and other direct costs", "GENERAL_OPERATING",
            "Equipment, vehicles and furniture", "EQUIPMENT",
            "Grants (<50,000 USD) and fellowships", "GRANTS",
            "Programme support (indirect) costs", "PROGRAMME_SUPPORT");
    private static final LocalDate END_OF_2020 = LocalDate.of(2020, 12, 31);
    private static boolean published;

    private Report2020() {
    }

    /** Publishes the report's events to {@link ReportDataProfile}'s topics once per test run, and waits until all are applied. */
    static synchronized void publishOnce() {
        if (published) {
            return;
        }
        List<FundEvents.Event> events = events().stream().map(ReportDataProfile::onReportTopics).toList();
        EventPublisher.send(events);
        long contributions = events.stream().filter(e -> e.topic().equals(ReportDataProfile.CONTRIBUTIONS_TOPIC)).count();
        long projects = events.size() - contributions;
        await().atMost(Duration.ofSeconds(120)).until(() -> applied(ReportDataProfile.CONTRIBUTIONS_TOPIC) >= contributions
                && applied(ReportDataProfile.PROJECTS_TOPIC) >= projects);
        published = true;
    }

    private static long applied(String topic) {
        Map<String, Object> source = FundStatusClient.source(topic);
        return source == null ? 0 : FundStatusClient.count(source, "eventsApplied");
    }

    static List<FundEvents.Event> events() {
        List<FundEvents.Event> events = new ArrayList<>();
        Map<String, UUID> donors = new LinkedHashMap<>();
        for (List<String> row : csv("contributions_2008_2020.csv")) {
            String name = row.get(1);
            String iso3 = row.get(2);
            if (!donors.containsKey(iso3)) {
                donors.put(iso3, id("donor", iso3));
                events.add(fixed(FundEvents.donorRegistered(donors.get(iso3), name, "STATE", iso3), "donor", iso3));
            }
        }
        for (List<String> row : csv("contributions_2008_2020.csv")) {
            String period = row.get(0);
            String iso3 = row.get(2);
            LocalDate receivedOn = LocalDate.of(Integer.parseInt(period.substring(period.length() - 4)), 12, 31);
            UUID contributionId = id("contribution", period + iso3);
            events.add(fixed(FundEvents.contributionReceived(contributionId, donors.get(iso3), null, dollars(row.get(3)), receivedOn, period,
                    "Report 2020, Table 2: " + period + " " + iso3), "contribution", period + iso3));
        }
        events.add(fixed(FundEvents.balanceCarriedForward(id("balance", "2020-01-01"), LocalDate.of(2020, 1, 1),
                dollars(statement("balance", "Fund balance at 1 January 2020"))), "balance", "2020-01-01"));
        events.add(fixed(FundEvents.incomeRecorded(id("income", "misc"), "MISCELLANEOUS",
                dollars(statement("income", "Miscellaneous and investment income")), END_OF_2020,
                "Table 1 (2020): Miscellaneous and investment income (one line in the report, which does not split it)", null, null),
                "income", "misc"));
        events.add(fixed(FundEvents.incomeRecorded(id("income", "pledges-2019"), "PRIOR_YEAR_PLEDGE_RECEIPT",
                dollars(statement("income", "Pledges from 2019 received")), END_OF_2020,
                "Table 1 (2020): Pledges from 2019 received (the report does not name the donors)", "2019", null), "income", "pledges-2019"));
        events.add(fixed(FundEvents.incomeRecorded(id("income", "reconciliation"), "MISCELLANEOUS", reconciliation(), END_OF_2020,
                "Contributions received in 2020 that Table 2 does not attribute to a donor or period (reconciliation)", null,
                RECONCILIATION_LINE), "income", "reconciliation"));

        Map<String, UUID> projects = new LinkedHashMap<>();
        Map<String, String> narrated = new LinkedHashMap<>();
        for (List<String> row : csv("projects_progress_2020.csv")) {
            narrated.put(row.get(0), row.get(4));
        }
        for (List<String> row : csv("projects_2020.csv")) {
            String iso3 = row.get(0);
            UUID projectId = id("project", row.get(2));
            projects.put(iso3, projectId);
            events.add(fixed(FundEvents.projectProposed(projectId, row.get(2), iso3, row.get(3), blankToNull(row.get(4)),
                    blankToNull(row.get(5)), "0.00", BUDGET_NOTE, List.of(), List.of()), "proposed", iso3));
            events.add(fixed(FundEvents.projectApproved(projectId, iso3, "0.00", BUDGET_NOTE, CONSENT_REFERENCE, LocalDate.of(2020, 1, 1)),
                    "approved", iso3));
            if (narrated.containsKey(iso3)) {
                events.add(fixed(FundEvents.projectStatusChanged(projectId, iso3, "APPROVED", "ACTIVE",
                        "Activities carried out in 2020: report, paras " + row.get(6)), "active", iso3));
            }
        }
        for (List<String> row : csv("projects_progress_2020.csv")) {
            String iso3 = row.get(0);
            List<List<String>> indicators = csv("projects_indicators_2020.csv").stream().filter(i -> i.get(0).equals(iso3))
                    .map(i -> List.of(i.get(1), i.get(2), i.get(3))).toList();
            events.add(fixed(FundEvents.progressReported(id("progress", iso3), projects.get(iso3), iso3, LocalDate.parse(row.get(1)),
                    LocalDate.parse(row.get(2)), row.get(3), row.get(5) + " (Report 2020, paras " + row.get(4) + ".)", indicators),
                    "progress", iso3));
        }
        for (List<String> row : csv("statement_2020.csv")) {
            String line = row.get(1);
            String category = EXPENDITURE_LINES.get(line);
            if (!"expenditure".equals(row.get(0)) || category == null || row.get(2).isBlank() || cents(row.get(2)) == 0) {
                continue;
            }
            String amount = dollars(row.get(2));
            if (amount.startsWith("-")) {
                // What the negative line reverses: an expenditure of 2019 or earlier the report does not give, labelled.
                String reversed = amount.substring(1);
                UUID original = id("expenditure-2019", category);
                events.add(fixed(FundEvents.expenditureRecorded(original, null, null, LocalDate.of(2019, 12, 31), category, reversed,
                        line + ": expenditure of earlier years reversed in 2020 (reconciliation)", "Report 2020, Table 1",
                        category, "Table 1 (2020): " + line + ", (" + reversed + "). The report gives only the 2020 net reversal of this line, ("
                                + reversed + ") USD; the expenditure it reverses, of 2019 or earlier, is not in it."),
                        "expenditure-2019", category));
                events.add(fixed(FundEvents.expenditureReversed(id("expenditure-reversal", category), original, null, null, END_OF_2020,
                        category, amount, "Table 1 (2020): " + line + ", shown as (" + reversed + "): a net reversal of expenditure of"
                                + " earlier years", "Report 2020, Table 1"), "expenditure-reversal", category));
            } else {
                events.add(fixed(FundEvents.expenditureRecorded(id("expenditure", category), null, null, END_OF_2020, category, amount,
                        "Table 1 (2020): " + line, "Report 2020, Table 1", null, null), "expenditure", category));
            }
        }
        return events;
    }

    /** Table 1's contributions received less Table 2's 2020 rows: the labelled reconciliation entry's amount. */
    static String reconciliation() {
        long received = cents(statement("income", "Voluntary contributions received in 2020"));
        long table2 = csv("contributions_2008_2020.csv").stream().filter(row -> row.get(0).equals("2020")).mapToLong(row -> cents(row.get(3)))
                .sum();
        return dollarsOf(received - table2);
    }

    /** The amount of a line of Table 1 as written in statement_2020.csv. */
    static String statement(String section, String line) {
        return csv("statement_2020.csv").stream().filter(row -> row.get(0).equals(section) && row.get(1).equals(line)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No line " + line)).get(2);
    }

    /** The rows of a CSV file of deploy/demo-data, header left out. */
    static List<List<String>> csv(String file) {
        try {
            List<String> lines = Files.readAllLines(demoData().resolve(file), StandardCharsets.UTF_8);
            return lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank()).map(Report2020::fields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** deploy/demo-data of this repository, found upwards from the module. */
    static Path demoData() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("deploy/demo-data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("deploy/demo-data not found above " + Path.of("").toAbsolutePath());
    }

    /** One CSV line (RFC 4180 quoting, no line breaks inside fields). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** US dollars as written ("298807", "-5647.59"), with two decimals ("298807.00"). */
    static String dollars(String value) {
        return dollarsOf(cents(value));
    }

    static String dollarsOf(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static long cents(String value) {
        return new BigDecimal(value).movePointRight(2).longValueExact();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("report-2020/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The event with an id derived from what it records, so that the same record is the same event. */
    private static FundEvents.Event fixed(FundEvents.Event event, String kind, String key) {
        ObjectNode data = event.data();
        return new FundEvents.Event(event.topic(), event.key(), id("event/" + kind, key), event.type(), data, event.time());
    }
}
