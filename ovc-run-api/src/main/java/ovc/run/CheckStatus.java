package ovc.run;

/** The outcome of one check in checks.json, written in lower case. Declared from best to worst. */
public enum CheckStatus {
    /** The check held. */
    PASS,
    /** The check could not be made (nothing to check, a missing dependency); the run is at best {@link RunStatus#PARTIAL}. */
    SKIP,
    /** The check did not hold; the run is {@link RunStatus#FAILED}. */
    FAIL
}
