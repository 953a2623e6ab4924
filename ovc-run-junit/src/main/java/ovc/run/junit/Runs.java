package ovc.run.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * The runs one test recorded: every folder under the test's temporary reports folder that holds a
 * run.json. Read afresh on every call, so a test can run a pipeline, assert, and run it again.
 */
public final class Runs {

    private final Path folder;

    Runs(Path folder) {
        this.folder = folder;
    }

    /** The test's reports folder (what {@code -Dovc.run.reports} names while the test runs). */
    public Path folder() {
        return folder;
    }

    /** Every recorded run, the first started first (ties: the first finished first). */
    public List<RecordedRun> all() {
        List<RecordedRun> runs = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isRegularFile(child.resolve(RecordedRun.RUN_JSON))) {
                    runs.add(RecordedRun.read(child));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the test's reports folder " + folder, e);
        }
        runs.sort(Comparator.comparing(RecordedRun::startedUtc).thenComparing(RecordedRun::finishedAt));
        return runs;
    }

    /** The one run the test recorded; fails when it recorded none or several. */
    public RecordedRun only() {
        List<RecordedRun> runs = all();
        if (runs.size() != 1) {
            throw new AssertionFailedError("expected exactly one run in " + folder + " but found " + describe(runs));
        }
        return runs.get(0);
    }

    /** The one run of {@code pipelineId} the test recorded; fails when there is none or several. */
    public RecordedRun only(String pipelineId) {
        List<RecordedRun> matching = new ArrayList<>();
        for (RecordedRun run : all()) {
            if (run.pipelineId().equals(pipelineId)) {
                matching.add(run);
            }
        }
        if (matching.size() != 1) {
            throw new AssertionFailedError("expected exactly one run of " + pipelineId + " in " + folder + " but found "
                    + describe(matching) + (matching.isEmpty() ? "; all runs: " + describe(all()) : ""));
        }
        return matching.get(0);
    }

    /** The run started last; fails when the test recorded none. */
    public RecordedRun latest() {
        List<RecordedRun> runs = all();
        if (runs.isEmpty()) {
            throw new AssertionFailedError("expected a run in " + folder + " but found " + describe(runs));
        }
        return runs.get(runs.size() - 1);
    }

    private static String describe(List<RecordedRun> runs) {
        if (runs.isEmpty()) {
            return "none (was the pipeline run under the agent, -javaagent in the test JVM's argLine, or"
                    + " through RunWriter? an agent option reports=... wins over the test's folder)";
        }
        List<String> lines = new ArrayList<>();
        for (RecordedRun run : runs) {
            lines.add(run.runId() + " (" + run.status() + ")");
        }
        return runs.size() + ": " + String.join(", ", lines);
    }
}
