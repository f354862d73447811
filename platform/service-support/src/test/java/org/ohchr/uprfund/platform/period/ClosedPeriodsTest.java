package org.ohchr.uprfund.platform.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.problem.ProblemType;

class ClosedPeriodsTest {

    @Test
    void theLaterOfTheLastConfirmedYearAndTheDayBeforeTheLatestBalanceIsClosed() {
        assertThat(ClosedPeriods.of(null, null)).isEqualTo(ClosedPeriods.NONE);
        assertThat(ClosedPeriods.of(2019, null).closedThrough()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(ClosedPeriods.of(2019, LocalDate.of(2020, 7, 1)).closedThrough()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(ClosedPeriods.of(2020, LocalDate.of(2020, 7, 1)).closedThrough()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void aDateOnOrBeforeTheLastClosedDayIsRefusedAsPeriodClosed() {
        ClosedPeriods closed = ClosedPeriods.of(2020, null);
        assertThat(closed.isClosed(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(ClosedPeriods.NONE.isClosed(LocalDate.of(1900, 1, 1))).isFalse();
        assertThat(closed.requireOpen("spentOn", LocalDate.of(2021, 1, 1))).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThatThrownBy(() -> closed.requireOpen("spentOn", LocalDate.of(2020, 12, 31)))
                .isInstanceOf(PeriodClosedException.class)
                .hasMessageContaining("spentOn 2020-12-31 falls in a closed accounting period")
                .extracting(e -> ((PeriodClosedException) e).type()).isEqualTo(ProblemType.PERIOD_CLOSED);
    }
}
