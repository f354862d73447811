package org.ohchr.uprfund.deploy.measure;

import java.util.Locale;

/**
 * One figure of a benchmark for deploy/bench/all's table: a tab-separated line on standard output starting with
 * {@code bench-figure}, which deploy/lib/common.sh's {@code bench_output} files. The line's form is that function's
 * contract, so every benchmark program writes it through here.
 */
public final class BenchFigure {

    private BenchFigure() {
    }

    /**
     * @param baseline the same figure for the baseline run in the same command, or {@code NaN} where there is none
     * @param goal     what the figure should be, in words ({@code "<= 2x"})
     */
    public static void print(String name, double value, String unit, double baseline, String baselineName, String goal) {
        System.out.printf(Locale.ROOT, "bench-figure\t%s\t%.2f\t%s\t%s\t%s\t%s%n", name, value, unit,
                Double.isNaN(baseline) ? "-" : String.format(Locale.ROOT, "%.2f", baseline), baselineName, goal);
    }
}
