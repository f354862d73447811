package org.ohchr.uprfund.deploy.measure;

import java.util.Collection;
import java.util.Locale;

/** Nearest-rank percentiles of measured times, and how the benchmarks print a time in milliseconds. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The values in ascending order. */
    public static double[] sorted(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The {@code p}th percentile (nearest rank) of values in ascending order; {@code NaN} when there are none. */
    public static double of(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
    }

    /** The largest of values in ascending order; {@code NaN} when there are none. */
    public static double max(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** A time in milliseconds with one decimal, {@code -} for none. */
    public static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1fms", value);
    }
}
