package org.ohchr.uprfund.contributions.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohchr.uprfund.contributions.domain.AccountingYearClosing;
import org.ohchr.uprfund.contributions.domain.AccountingYearClosure;
import org.ohchr.uprfund.contributions.domain.AccountingYears;
import org.ohchr.uprfund.contributions.domain.FundLedgers;
import org.ohchr.uprfund.contributions.domain.LedgerConfirmation;
import org.ohchr.uprfund.contributions.mapping.AccountingYearsResponse.AccountingYear;
import org.ohchr.uprfund.contributions.mapping.AccountingYearsResponse.Confirmation;
import org.ohchr.uprfund.contributions.mapping.AccountingYearsResponse.YearClosingState;
import org.ohchr.uprfund.platform.period.ClosedPeriods;

public final class AccountingYearMapper {

    private AccountingYearMapper() {
    }

    public static AccountingYearsResponse toResponse(AccountingYears books) {
        ClosedPeriods closed = books.closedPeriods();
        String reason;
        if (closed.closedThrough() == null) {
            reason = "Nothing is closed: no year's closing was asked for and no balance is carried forward";
        } else if (books.closings().stream().anyMatch(year -> closed.closedThrough().equals(LocalDate.of(year.year, 12, 31)))) {
            int year = closed.closedThrough().getYear();
            reason = books.closures().stream().anyMatch(closure -> closure.year == year)
                    ? "Accounting year " + year + " is closed: every ledger confirmed it"
                    : "Accounting year " + year + " is closing: this ledger confirmed it, others are awaited";
        } else {
            reason = "A balance is carried forward at " + closed.closedThrough().plusDays(1) + ": everything dated before it is in it";
        }
        return new AccountingYearsResponse(closed.closedThrough(), reason,
                books.closings().stream().map(closing -> toResponse(closing, books)).toList());
    }

    public static Optional<AccountingYear> toResponse(int year, AccountingYears books) {
        return books.closings().stream().filter(closing -> closing.year == year).findFirst().map(closing -> toResponse(closing, books));
    }

    private static AccountingYear toResponse(AccountingYearClosing closing, AccountingYears books) {
        Optional<AccountingYearClosure> closure = books.closures().stream().filter(closed -> closed.year == closing.year).findFirst();
        List<LedgerConfirmation> later = books.confirmations().stream().filter(confirmation -> confirmation.year >= closing.year).toList();
        List<Confirmation> confirmations = FundLedgers.ALL.stream()
                .flatMap(ledger -> later.stream().filter(confirmation -> confirmation.ledger.equals(ledger)).findFirst().stream())
                .map(confirmation -> new Confirmation(confirmation.ledger, confirmation.confirmedAt)).toList();
        List<String> awaiting = closure.isPresent() ? List.of()
                : FundLedgers.ALL.stream().filter(ledger -> confirmations.stream().noneMatch(c -> c.ledger().equals(ledger))).toList();
        return new AccountingYear(closing.year, closure.isPresent() ? YearClosingState.CLOSED : YearClosingState.CLOSING, closing.note,
                closing.requestedAt, confirmations, awaiting, closure.map(closed -> closed.closedAt).orElse(null));
    }
}
