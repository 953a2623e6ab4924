package ovc.run;

import ovc.run.format.CheckState;

/** The outcome of one check in checks.json, written in lower case. Declared from best to worst. */
public enum CheckStatus {
    /** The check held. */
    PASS(CheckState.PASS),
    /** The check could not be made (nothing to check, a missing dependency); the run is at best {@link RunStatus#PARTIAL}. */
    SKIP(CheckState.SKIP),
    /** The check did not hold; the run is {@link RunStatus#FAILED}. */
    FAIL(CheckState.FAIL);

    // The runtime's internal twin (ovc.run cannot be imported below it without a package cycle),
    // held by each constant: no mapping class to load on a run's start, no array copied per check.
    private final CheckState state;

    CheckStatus(CheckState state) {
        this.state = state;
    }

    /** The runtime's twin of {@code status}; {@code null} for {@code null}. */
    static CheckState stateOf(CheckStatus status) {
        return status == null ? null : status.state;
    }
}
