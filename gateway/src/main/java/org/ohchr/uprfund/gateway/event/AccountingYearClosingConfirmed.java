package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code org.ohchr.uprfund.projects.AccountingYearClosingConfirmed}: projects-service confirmed a year's closing
 * and refuses expenditure dated through {@code closedThrough} from {@code confirmedAt}.
 */
public record AccountingYearClosingConfirmed(int year, LocalDate closedThrough, String ledger, UUID requestEventId, Instant confirmedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.AccountingYearClosingConfirmed";

    public static AccountingYearClosingConfirmed from(EventData data) {
        return new AccountingYearClosingConfirmed(data.integer("year", 1900, 9999), data.date("closedThrough"), data.text("ledger", 64),
                data.uuid("requestEventId"), data.instant("confirmedAt"));
    }
}
