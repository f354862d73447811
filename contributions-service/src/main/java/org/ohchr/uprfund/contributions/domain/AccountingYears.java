package org.ohchr.uprfund.contributions.domain;

import java.util.List;

import org.ohchr.uprfund.platform.period.ClosedPeriods;

/**
 * Everything this service knows of closings: its own closed periods, the closings asked for, the ledgers' confirmations
 * and the years closed for the whole fund.
 */
public record AccountingYears(ClosedPeriods closedPeriods, List<AccountingYearClosing> closings, List<LedgerConfirmation> confirmations,
        List<AccountingYearClosure> closures) {
}
