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

    /**
     * The spread of repeated runs: the third quartile minus the first, each taken as the median of
     * its half of the sorted values (the middle value of an odd count in neither half), the way
     * Tukey's hinges are; zero for fewer than two values.
     */
    public static double interquartileRange(Collection<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length < 2) {
            return 0;
        }
        int half = sorted.length / 2;
        return medianOf(sorted, sorted.length - half, sorted.length) - medianOf(sorted, 0, half);
    }

    private static double medianOf(double[] sorted, int from, int to) {
        int count = to - from;
        int middle = from + count / 2;
        return count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** {@code measured / baseline}; NaN when the baseline is zero or either is not a number. */
    public static double ratio(double measured, double baseline) {
        if (baseline == 0 || Double.isNaN(measured) || Double.isNaN(baseline)) {
            return Double.NaN;
        }
        return measured / baseline;
    }
}
