package ovc.run.cli.report;

import java.time.Duration;
import java.time.Instant;
import ovc.run.format.StatusWords;

/**
 * The rule that names a pipeline's health from its latest finished run, shared by
 * {@code ovc-run status} and the report so both call the same pipeline stale.
 */
public final class PipelineHealth {

    /** A pipeline whose latest run succeeded recently. */
    public static final String OK = "ok";
    /** A pipeline whose latest run was partial, recently. */
    public static final String PARTIAL = StatusWords.PARTIAL;
    /** A pipeline whose latest run failed. */
    public static final String FAILING = "failing";
    /** A pipeline with no finished run, or one older than the stale limit. */
    public static final String STALE = "stale";

    private PipelineHealth() {}

    /** Days from {@code when} (the latest run's finish, else start) to {@code at}; {@code null} when unknown. */
    public static Double ageDays(Instant when, Instant at) {
        return when == null ? null : Duration.between(when, at).toMillis() / 86_400_000.0;
    }

    /**
     * The health of a pipeline whose latest finished run has {@code status} and is {@code ageDays}
     * old: failing when it failed, stale when its age is unknown or above {@code staleDays}, else
     * partial or ok. {@code status} {@code null} (no finished run) is stale.
     */
    public static String state(String status, Double ageDays, double staleDays) {
        if (status == null) {
            return STALE;
        }
        if (status.equals(StatusWords.FAILED)) {
            return FAILING;
        }
        if (ageDays == null || ageDays > staleDays) {
            return STALE;
        }
        return status.equals(StatusWords.PARTIAL) ? PARTIAL : OK;
    }
}
