package ovc.run.runtime;

import java.util.Map;

/**
 * One call of a pipeline method as an instrumentation sees it: it starts a run, or, when the
 * calling thread is already inside a run of the same pipeline (a recursive call), joins that run
 * and leaves finishing it to the call that started it.
 */
public final class PipelineCall {

    private final ActiveRun run;
    private final boolean started;

    private PipelineCall(ActiveRun run, boolean started) {
        this.run = run;
        this.started = started;
    }

    /**
     * Enters a call of {@code spec} with settings from {@code overrides} (the agent's arguments),
     * then {@code -Dovc.run.*}, {@code OVC_RUN_*} and the defaults.
     *
     * @throws RequiredEnvMissing when a required variable is missing; the run is already
     *     finished as failed and the method body must not run
     * @throws StrictRecordingFailure in strict mode, when the run cannot be recorded
     */
    public static PipelineCall enter(PipelineSpec spec, Map<String, String> overrides) {
        ActiveRun bound = RunBinding.bound();
        if (bound != null && bound.spec().equals(spec)) {
            return new PipelineCall(bound, false);
        }
        RunEnvironment environment = RunEnvironment.system();
        return new PipelineCall(RunLifecycle.start(spec, RunConfig.resolve(overrides, environment), environment), true);
    }

    /** The run this call records into. */
    public ActiveRun run() {
        return run;
    }

    /** Whether this call joined a run an outer call of the same pipeline started. */
    public boolean joined() {
        return !started;
    }

    /**
     * Leaves the call: a call that started its run finishes it with {@code error}; a joined call
     * leaves the run to its starter.
     *
     * @param error what the method threw, or {@code null}
     * @return what the call should end with: {@code error} itself, or, when the method returned
     *     normally but strict mode could not record the run, that {@link StrictRecordingFailure};
     *     {@code null} to return normally
     */
    public Throwable exit(Throwable error) {
        if (!started) {
            return error;
        }
        try {
            RunLifecycle.finish(run, error);
        } catch (StrictRecordingFailure strictFailure) {
            if (error == null) {
                return strictFailure;
            }
            // The pipeline's own exception stays the one the caller sees, unchanged.
            Warnings.once(System.err, "ERROR: " + strictFailure.getMessage());
        }
        return error;
    }
}
