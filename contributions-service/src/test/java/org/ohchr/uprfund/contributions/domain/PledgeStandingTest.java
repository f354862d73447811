package org.ohchr.uprfund.contributions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PledgeStandingTest {

    private static final BigDecimal PLEDGED = new BigDecimal("1000000.00");
    private static final BigDecimal RATE = new BigDecimal("0.1075");

    @Test
    void nothingPaidIsOpenAndOwesEverything() {
        PledgeStanding standing = PledgeStanding.of(PLEDGED, RATE, BigDecimal.ZERO, null);

        assertThat(standing.status()).isEqualTo(PledgeStatus.OPEN);
        assertThat(standing.outstanding()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(standing.outstandingUsd()).isEqualTo(new BigDecimal("107500.00"));
    }

    @Test
    void partPaidOwesTheRestAtThePledgeRate() {
        PledgeStanding standing = PledgeStanding.of(PLEDGED, RATE, new BigDecimal("600000.00"), null);

        assertThat(standing.status()).isEqualTo(PledgeStatus.PARTLY_PAID);
        assertThat(standing.paid()).isEqualTo(new BigDecimal("600000.00"));
        assertThat(standing.outstanding()).isEqualTo(new BigDecimal("400000.00"));
        assertThat(standing.outstandingUsd()).isEqualTo(new BigDecimal("43000.00"));
    }

    @Test
    void paidInFullOwesNothing() {
        PledgeStanding standing = PledgeStanding.of(PLEDGED, RATE, PLEDGED, null);

        assertThat(standing.status()).isEqualTo(PledgeStatus.PAID);
        assertThat(standing.outstanding()).isEqualByComparingTo("0");
        assertThat(standing.outstandingUsd()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aReversedPaymentReopensThePledge() {
        assertThat(PledgeStanding.of(PLEDGED, RATE, new BigDecimal("0.00"), null).status()).isEqualTo(PledgeStatus.OPEN);
    }

    @Test
    void aCancellationOrWriteOffClosesThePledgeWhateverWasPaid() {
        PledgeStanding written = PledgeStanding.of(PLEDGED, RATE, new BigDecimal("600000.00"), PledgeCancellationReason.WRITTEN_OFF);
        PledgeStanding cancelled = PledgeStanding.of(PLEDGED, RATE, BigDecimal.ZERO, PledgeCancellationReason.CANCELLED);

        assertThat(written.status()).isEqualTo(PledgeStatus.WRITTEN_OFF);
        assertThat(written.outstanding()).isEqualByComparingTo("0");
        assertThat(written.paid()).isEqualByComparingTo("600000");
        assertThat(cancelled.status()).isEqualTo(PledgeStatus.CANCELLED);
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.outstandingUsd()).isEqualTo(new BigDecimal("0.00"));
    }
}
