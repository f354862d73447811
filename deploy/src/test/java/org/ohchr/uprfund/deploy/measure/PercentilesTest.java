package org.ohchr.uprfund.deploy.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmarks' percentiles are nearest-rank, so a p99 is always a time that was measured. */
class PercentilesTest {

    @Test
    void theNearestRankIsAValueThatWasMeasured() {
        double[] sorted = Percentiles.sorted(List.of(40.0, 10.0, 30.0, 20.0));

        assertEquals(20.0, Percentiles.of(sorted, 50));
        assertEquals(40.0, Percentiles.of(sorted, 99));
        assertEquals(40.0, Percentiles.of(sorted, 100));
        assertEquals(10.0, Percentiles.of(sorted, 0));
        assertEquals(40.0, Percentiles.max(sorted));
    }

    @Test
    void withNothingMeasuredThereIsNoPercentile() {
        double[] none = Percentiles.sorted(List.of());

        assertTrue(Double.isNaN(Percentiles.of(none, 99)));
        assertTrue(Double.isNaN(Percentiles.max(none)));
        assertEquals("-", Percentiles.ms(Percentiles.of(none, 50)));
        assertEquals("12.5ms", Percentiles.ms(12.46));
    }
}
