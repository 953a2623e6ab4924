package ovc.run.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import ovc.run.RunWriter;
import ovc.run.TestWriters;
import ovc.run.benchmarks.fixture.RealisticEnvironment;
import ovc.run.runtime.RunEnvironment;

/**
 * Runs for benchmarks: in a temporary folder, with RUN_ID lines kept off JMH's console, in a
 * realistic environment (30 credential-like variables the run must mask, see
 * {@link RealisticEnvironment}) passed as a map, since a JVM cannot set its own variables.
 */
final class QuietRuns {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private QuietRuns() {}

    static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ovc-run-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RunWriter start(Path work, String pipelineId) {
        RunEnvironment environment = new RunEnvironment(RealisticEnvironment.variables(), Map.of(), Clock.systemUTC(), work, NOWHERE, NOWHERE);
        return TestWriters.in(environment, RunWriter.builder(pipelineId, "0.1.0")).start();
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
