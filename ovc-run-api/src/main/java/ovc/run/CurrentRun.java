package ovc.run;

import java.nio.file.Path;
import ovc.run.runtime.ActiveRun;

/**
 * What {@link Run#current()} hands out: the run's id, pipeline, folder and artifacts, and nothing
 * else of the live run behind it (a cast cannot reach the runtime's state).
 */
final class CurrentRun implements RunInfo {

    private final ActiveRun run;

    CurrentRun(ActiveRun run) {
        this.run = run;
    }

    @Override
    public String runId() {
        return run.runId();
    }

    @Override
    public String pipelineId() {
        return run.pipelineId();
    }

    @Override
    public Path directory() {
        return run.directory();
    }

    @Override
    public Path artifact(String relativePath) {
        return run.artifact(relativePath);
    }

    @Override
    public String toString() {
        return "run " + run.runId();
    }
}
