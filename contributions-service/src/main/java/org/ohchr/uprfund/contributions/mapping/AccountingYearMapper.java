package org.ohchr.uprfund.contributions.mapping;

import java.util.List;

import org.ohchr.uprfund.contributions.domain.AccountingYearClosure;
import org.ohchr.uprfund.contributions.domain.ClosedPeriods;

public final class AccountingYearMapper {

    private AccountingYearMapper() {
    }

    public static AccountingYearsResponse toResponse(ClosedPeriods closed, List<AccountingYearClosure> years) {
        String reason;
        if (closed.closedThrough() == null) {
            reason = "Nothing is closed: no year was closed and no balance is carried forward";
        } else if (years.stream().anyMatch(year -> closed.closedThrough().equals(java.time.LocalDate.of(year.year, 12, 31)))) {
            reason = "Accounting year " + closed.closedThrough().getYear() + " was closed by a fund manager";
        } else {
            reason = "A balance is carried forward at " + closed.closedThrough().plusDays(1) + ": everything dated before it is in it";
        }
        return new AccountingYearsResponse(closed.closedThrough(), reason, years.stream().map(AccountingYearMapper::toResponse).toList());
    }

    public static AccountingYearsResponse.ClosedYear toResponse(AccountingYearClosure closure) {
        return new AccountingYearsResponse.ClosedYear(closure.year, closure.note, closure.closedAt);
    }
}
