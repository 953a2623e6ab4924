package ovc.run.format;

/**
 * How a run's status follows from its checks: an error or any failed check makes it
 * {@value StatusWords#FAILED}; else any skipped check makes it {@value StatusWords#PARTIAL}; else it
 * is {@value StatusWords#SUCCESS}. Code may lower a run further (warnings, a run marked partial or
 * failed), never raise it, so a status worse than the checks give is consistent with them, a
 * better one is not.
 */
public final class StatusRule {

    private StatusRule() {}

    /** The status the checks give: {@code failed} and {@code skipped} count the checks with those statuses. */
    public static String runStatus(boolean errored, int failed, int skipped) {
        if (errored || failed > 0) {
            return StatusWords.FAILED;
        }
        return skipped > 0 ? StatusWords.PARTIAL : StatusWords.SUCCESS;
    }

    /**
     * Whether {@code status} may stand beside checks of which {@code failed} failed and
     * {@code skipped} were skipped: it is a run status and no better than {@link #runStatus} gives.
     */
    public static boolean allows(String status, int failed, int skipped) {
        return StatusWords.isRunStatus(status) && rank(status) >= rank(runStatus(false, failed, skipped));
    }

    /** 0 for success, 1 for partial, 2 for failed: the order from best to worst. */
    private static int rank(String status) {
        if (StatusWords.FAILED.equals(status)) {
            return 2;
        }
        return StatusWords.PARTIAL.equals(status) ? 1 : 0;
    }
}
