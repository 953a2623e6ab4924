package ovc.run.benchmarks.report;

/**
 * One JMH result.
 *
 * @param value the score (JMH's mean over the measurement iterations)
 * @param error JMH's 99.9% confidence half-width, NaN when there were too few iterations
 * @param unit e.g. {@code ns/op}, {@code ms/op}, {@code ops/s}
 * @param allocationBytesPerOp {@code gc.alloc.rate.norm} from {@code -prof gc}, NaN without it
 */
record Score(double value, double error, String unit, double allocationBytesPerOp) {

    /** The value with its error, when known: {@code 2.35 ± 0.10}. */
    public String withError() {
        if (Double.isNaN(error)) {
            return Numbers.short3(value);
        }
        return Numbers.short3(value) + " ± " + Numbers.short3(error);
    }
}
