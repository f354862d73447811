package org.ohchr.uprfund.gateway.service.report.iati;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ohchr.uprfund.gateway.domain.ProjectStatus;

/** The values of IATI's code lists (version 2.03) that the fund's files use; docs/IATI.md names them for readers. */
final class IatiCodes {

    static final String VERSION = "2.03";

    /** TransactionType. */
    static final String COMMITMENT = "2";
    static final String EXPENDITURE = "4";

    /** OrganisationRole. */
    static final String FUNDING = "1";
    static final String IMPLEMENTING = "4";

    /** BudgetType and BudgetStatus. */
    static final String ORIGINAL = "1";
    static final String REVISED = "2";
    static final String INDICATIVE = "1";
    static final String COMMITTED = "2";

    /** ActivityDateType. */
    static final String PLANNED_START = "1";
    static final String ACTUAL_START = "2";
    static final String PLANNED_END = "3";

    /** ActivityStatus. */
    static final String PIPELINE = "1";
    static final String IMPLEMENTATION = "2";
    static final String FINALISATION = "3";
    static final String CANCELLED = "5";
    static final String SUSPENDED = "6";

    /** DescriptionType 1, general; SectorVocabulary 1, OECD DAC CRS 5-digit purpose codes; RelatedActivityType 1, parent. */
    static final String GENERAL = "1";
    static final String DAC_5_DIGIT = "1";
    static final String PARENT = "1";

    /** ISO 3166-1 alpha-3 to alpha-2, which IATI's Country code list uses. */
    private static final Map<String, String> ALPHA2 = Stream.of(Locale.getISOCountries())
            .collect(Collectors.toMap(alpha2 -> new Locale("", alpha2).getISO3Country(), alpha2 -> alpha2, (first, second) -> first));

    private IatiCodes() {
    }

    /**
     * A project's status as IATI's ActivityStatus: approved but not started is still pipeline; completed is finalisation
     * (the work is done, its accounts may still move).
     */
    static String activityStatus(ProjectStatus status) {
        return switch (status) {
            case PROPOSED, APPROVED -> PIPELINE;
            case ACTIVE -> IMPLEMENTATION;
            case SUSPENDED -> SUSPENDED;
            case COMPLETED -> FINALISATION;
            case CANCELLED -> CANCELLED;
        };
    }

    static Optional<String> alpha2(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : ALPHA2.get(iso3.strip()));
    }

    /**
     * A project's part of an activity identifier: its code with every character outside letters, digits, '.', '_' and '-'
     * percent-encoded (IATI identifiers hold no spaces, '/', '&', '|' or '?'), so that distinct codes stay distinct.
     */
    static String identifierPart(String code) {
        StringBuilder part = new StringBuilder();
        for (byte b : code.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-') {
                part.append(c);
            } else {
                part.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return part.toString();
    }
}
