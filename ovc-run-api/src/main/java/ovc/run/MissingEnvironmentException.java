package ovc.run;

import java.util.List;
import ovc.run.runtime.RequiredEnvMissing;

/**
 * Thrown before a pipeline's body runs when required environment variables are missing. The run
 * folder has already been finished as {@code failed} with check {@code required_env_present}.
 */
public class MissingEnvironmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pipelineId;
    private final List<String> missing;
    private final String runId;

    /**
     * The refusal of {@code pipelineId}'s run, recorded as failed run {@code runId}.
     *
     * @param pipelineId the pipeline that could not start
     * @param missing the requirement entries not satisfied, as declared ({@code NEON_DSN|DATABASE_URL})
     * @param runId the id of the failed run that records it
     */
    public MissingEnvironmentException(String pipelineId, List<String> missing, String runId) {
        super(RequiredEnvMissing.describe(pipelineId, missing, runId));
        this.pipelineId = pipelineId;
        this.missing = List.copyOf(missing);
        this.runId = runId;
    }

    /** The pipeline that could not start. */
    public String pipelineId() {
        return pipelineId;
    }

    /** The requirement entries not satisfied, sorted, as declared. */
    public List<String> missing() {
        return missing;
    }

    /** The id of the failed run folder that records the refusal. */
    public String runId() {
        return runId;
    }
}
