package ovc.run.runtime;

import java.util.List;

/**
 * A pipeline's required environment variables are missing, so its body must not run; the run has
 * already been finished as failed. Internal, like {@link StrictRecordingFailure}: the boundaries
 * that hand control back to pipeline code throw the api's {@code MissingEnvironmentException},
 * made from {@link #pipelineId}, {@link #missing} and {@link #runId}, in its place.
 */
public final class RequiredEnvMissing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pipelineId;
    private final List<String> missing;
    private final String runId;

    RequiredEnvMissing(String pipelineId, List<String> missing, String runId) {
        super(describe(pipelineId, missing, runId));
        this.pipelineId = pipelineId;
        this.missing = List.copyOf(missing);
        this.runId = runId;
    }

    /** The one wording of the refusal, for this exception and the api's. */
    public static String describe(String pipelineId, List<String> missing, String runId) {
        return "Pipeline " + pipelineId + " cannot run: missing required environment variable"
                + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                + " (unset or empty; A|B means either). Recorded as failed run " + runId + ".";
    }

    /** The pipeline that could not start. */
    public String pipelineId() {
        return pipelineId;
    }

    /** The requirement entries not satisfied, as declared. */
    public List<String> missing() {
        return missing;
    }

    /** The id of the failed run folder that records the refusal. */
    public String runId() {
        return runId;
    }
}
