package org.ohchr.uprfund.platform.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

class EntryDatesTest {

    /** 23:30 UTC on 31 December 2020: already 1 January 2021 in UTC+14, still 2020 in UTC. */
    private static final Clock NEW_YEARS_EVE = Clock.fixed(Instant.parse("2020-12-31T23:30:00Z"), ZoneOffset.ofHours(14));

    @Test
    void todayIsTheDateInUtcWhateverTheClocksZone() {
        assertThat(EntryDates.today(NEW_YEARS_EVE)).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(EntryDates.requireNotFuture("date", LocalDate.of(2020, 12, 31), NEW_YEARS_EVE)).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(EntryDates.requireNotFuture("date", LocalDate.of(2008, 1, 1), NEW_YEARS_EVE)).isEqualTo(LocalDate.of(2008, 1, 1));
    }

    @Test
    void todayInUtcPlus14IsTheFutureWhileItIsNotTodayInUtc() {
        assertThatThrownBy(() -> EntryDates.requireNotFuture("accountingDate", LocalDate.of(2021, 1, 1), NEW_YEARS_EVE))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("must not be in the future (today is 2020-12-31 UTC)")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("accountingDate");
    }

    @Test
    void aYearIsOverOnceTodayInUtcIsInALaterYear() {
        assertThat(EntryDates.isOver(2020, NEW_YEARS_EVE)).isFalse();
        assertThat(EntryDates.isOver(2019, NEW_YEARS_EVE)).isTrue();
        assertThat(EntryDates.isOver(2020, Clock.fixed(Instant.parse("2021-01-01T00:00:00Z"), ZoneOffset.ofHours(-12)))).isTrue();
    }
}
