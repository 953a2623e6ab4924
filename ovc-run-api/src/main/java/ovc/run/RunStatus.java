package ovc.run;

import ovc.run.format.RunState;

/**
 * The outcome of a run in run.json, written in lower case. Declared from best to worst, so that
 * {@link #worse} can combine what the checks say with what code asked for.
 */
public enum RunStatus {
    /** Every check passed and nothing failed. */
    SUCCESS(RunState.SUCCESS),
    /** Some checks were skipped, or code marked the results partial. */
    PARTIAL(RunState.PARTIAL),
    /** A check failed, the run ended with an error, or code marked it failed. */
    FAILED(RunState.FAILED);

    // The runtime's internal twin (ovc.run cannot be imported below it without a package cycle),
    // held by each constant: no mapping class to load on a run's start, no array copied per call.
    private final RunState state;

    RunStatus(RunState state) {
        this.state = state;
    }

    /** The worse of this status and {@code other}. */
    public RunStatus worse(RunStatus other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    /** The runtime's twin of {@code status}; {@code null} for {@code null}. */
    static RunState stateOf(RunStatus status) {
        return status == null ? null : status.state;
    }

    /** The api's twin of {@code state}; {@code null} for {@code null}. */
    static RunStatus of(RunState state) {
        if (state != null) {
            for (RunStatus status : values()) {
                if (status.state == state) {
                    return status;
                }
            }
        }
        return null;
    }
}
