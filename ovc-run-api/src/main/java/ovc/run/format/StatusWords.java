package ovc.run.format;

/**
 * The status words of the v0.1 format, as run.json and checks.json write them: a run is
 * {@value #SUCCESS}, {@value #PARTIAL} or {@value #FAILED}; a check {@value #PASS}, {@value #SKIP}
 * or {@value #FAIL}. {@code ovc.run.RunStatus} and {@code ovc.run.CheckStatus} are these words in
 * upper case; {@link StatusRule} says which run status the checks give.
 */
public final class StatusWords {

    /** A run whose checks all passed. */
    public static final String SUCCESS = "success";
    /** A run with a skipped check, warnings or partial results. */
    public static final String PARTIAL = "partial";
    /** A run with a failed check, or that ended with an error. */
    public static final String FAILED = "failed";

    /** A check that held. */
    public static final String PASS = "pass";
    /** A check that could not be made. */
    public static final String SKIP = "skip";
    /** A check that did not hold. */
    public static final String FAIL = "fail";

    private StatusWords() {}

    /** Whether {@code word} is a run status. */
    public static boolean isRunStatus(String word) {
        return SUCCESS.equals(word) || PARTIAL.equals(word) || FAILED.equals(word);
    }

    /** Whether {@code word} is a check status. */
    public static boolean isCheckStatus(String word) {
        return PASS.equals(word) || SKIP.equals(word) || FAIL.equals(word);
    }
}
