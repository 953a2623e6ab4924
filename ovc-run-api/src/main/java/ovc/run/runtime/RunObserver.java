package ovc.run.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ovc.run.artifact.RunFacts;

/**
 * Told about every run that starts and finishes, off the pipeline's thread: the hook through which
 * an exporter (ovc-run-openlineage) sends runs elsewhere. Internal: {@link RunObservers} loads the
 * one implementation only when it is configured, calls it from one background thread, and bounds
 * how long the process's exit waits for it.
 */
public interface RunObserver {

    /**
     * Reads the configuration, once, before any other call.
     *
     * @param variables the process's environment variables
     * @param properties its {@code ovc.run.*} system properties
     * @param workingDirectory the process's working directory
     * @throws Exception when the configuration is unusable; then nothing more is sent
     */
    void open(Map<String, String> variables, Map<String, String> properties, Path workingDirectory) throws Exception;

    /**
     * A run claimed its folder.
     *
     * @param facts what is known at the start: no inputs, outputs or checks, {@code finished} equal to {@code started}
     * @param directory the run folder
     * @param ancestors the run_ids of the runs this one was called in, innermost first (empty for a top-level run)
     * @param deadlineNanos {@link System#nanoTime()} by which to give up (retries included)
     * @throws Exception when the event could not be delivered by then
     */
    void started(RunFacts facts, Path directory, List<String> ancestors, long deadlineNanos) throws Exception;

    /**
     * A run finished (its files are written).
     *
     * @param facts the run's final facts
     * @param directory the run folder
     * @param ancestors as for {@link #started}
     * @param error the exception that ended it, as its masked stack trace, or {@code null}
     * @param deadlineNanos as for {@link #started}
     * @throws Exception when the event could not be delivered by then
     */
    void finished(RunFacts facts, Path directory, List<String> ancestors, String error, long deadlineNanos)
            throws Exception;
}
