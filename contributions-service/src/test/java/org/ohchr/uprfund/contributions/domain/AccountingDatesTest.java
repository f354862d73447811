package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

class AccountingDatesTest {

    /** 23:30 UTC on 31 December 2020: already 1 January 2021 east of UTC+0:30. */
    private static final Clock NEW_YEARS_EVE = Clock.fixed(Instant.parse("2020-12-31T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void todayAnywhereOnEarthIsNotTheFuture() {
        assertThat(AccountingDates.latestAccepted(NEW_YEARS_EVE)).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(AccountingDates.requireNotFuture("date", LocalDate.of(2021, 1, 1), NEW_YEARS_EVE)).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(AccountingDates.requireNotFuture("date", LocalDate.of(2008, 1, 1), NEW_YEARS_EVE)).isEqualTo(LocalDate.of(2008, 1, 1));
    }

    @Test
    void tomorrowEverywhereIsTheFuture() {
        assertThatThrownBy(() -> AccountingDates.requireNotFuture("accountingDate", LocalDate.of(2021, 1, 2), NEW_YEARS_EVE))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("must not be in the future")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("accountingDate");
    }
}
