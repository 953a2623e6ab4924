package ovc.run;

import java.nio.file.Path;

/** The run that code is recording into: its id and its folder. */
public interface RunInfo {

    /** The run's id, {@code <UTC start>__<pipeline id>__<sha7>}. */
    String runId();

    /** The pipeline the run is of. */
    String pipelineId();

    /** The run's folder, {@code <reports>/<run_id>}. */
    Path directory();

    /**
     * A file under the run's {@code artifacts/} folder, with its parent folders created, for files
     * that check evidence names as {@code "artifacts/" + relativePath}.
     *
     * @param relativePath e.g. {@code validation_report.json} or {@code plots/day.png}
     * @throws IllegalArgumentException when the path is absolute or leaves the folder
     * @throws java.io.UncheckedIOException when the folder cannot be created
     */
    Path artifact(String relativePath);
}
