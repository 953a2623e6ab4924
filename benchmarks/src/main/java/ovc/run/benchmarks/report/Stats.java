package ovc.run.benchmarks.report;

import java.util.Collection;

/** The statistics the report needs: medians of repeated runs and ratios to a baseline. */
final class Stats {

    private Stats() {}

    /** The median: the middle value, or the mean of the two middle values of an even count. */
    public static double median(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the median of");
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** {@code measured / baseline}; NaN when the baseline is zero or either is not a number. */
    public static double ratio(double measured, double baseline) {
        if (baseline == 0 || Double.isNaN(measured) || Double.isNaN(baseline)) {
            return Double.NaN;
        }
        return measured / baseline;
    }
}
