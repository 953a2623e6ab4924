package ovc.run.benchmarks.report;

/** Whether a figure meets its target; {@link #INFO} for figures shown without one. */
enum Verdict {
    MET("met"),
    MISSED("**missed**"),
    INFO("");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    /** How the table shows it. */
    public String text() {
        return text;
    }

    /** {@link #MET} when {@code met}, else {@link #MISSED}. */
    public static Verdict of(boolean met) {
        return met ? MET : MISSED;
    }
}
