package ovc.run;

/**
 * The outcome of a run in run.json, written in lower case. Declared from best to worst, so that
 * {@link #worse} can combine what the checks say with what code asked for.
 */
public enum RunStatus {
    /** Every check passed and nothing failed. */
    SUCCESS,
    /** Some checks were skipped, or code marked the results partial. */
    PARTIAL,
    /** A check failed, the run ended with an error, or code marked it failed. */
    FAILED;

    /** The worse of this status and {@code other}. */
    public RunStatus worse(RunStatus other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
