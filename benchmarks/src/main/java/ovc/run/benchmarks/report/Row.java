package ovc.run.benchmarks.report;

/**
 * One line of the results table, already formatted.
 *
 * @param figure what is measured
 * @param measured the figure, with what it adds to the baseline where that is what the target is about
 * @param baseline the same measurement without the thing measured, from the same run
 * @param ratio measured / baseline
 * @param target the target, or empty
 * @param verdict met, missed, or shown without a target
 */
record Row(String figure, String measured, String baseline, String ratio, String target, Verdict verdict) {

    /** A heading row that groups the rows under it. */
    public static Row section(String title) {
        return new Row("**" + title + "**", "", "", "", "", Verdict.INFO);
    }
}
