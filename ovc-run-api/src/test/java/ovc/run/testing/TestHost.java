package ovc.run.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ovc.run.RunWriter;
import ovc.run.TestWriters;
import ovc.run.runtime.RunEnvironment;

/**
 * A process around a run, made up by a test: its own variables, clock, working directory and
 * captured stdout/stderr, so tests never touch the JVM's real environment.
 */
public final class TestHost {

    public final Path workingDirectory;
    public final TestClock clock = new TestClock("2026-01-19T06:15:12.250Z");
    public final Map<String, String> env = new HashMap<>();
    public final Map<String, String> properties = new HashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    public TestHost(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        env.put("USER", "analyst");
    }

    public RunEnvironment environment() {
        return new RunEnvironment(env, properties, clock, workingDirectory,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    public RunWriter.Builder writer(String pipelineId, String version, String... requiredEnv) {
        return TestWriters.in(environment(), RunWriter.builder(pipelineId, version).requiredEnv(requiredEnv));
    }

    public RunWriter start(String pipelineId, String... requiredEnv) {
        return writer(pipelineId, "0.1.0", requiredEnv).start();
    }

    public Path reports() {
        return workingDirectory.resolve("reports/runs");
    }

    public List<Path> runFolders() {
        try (var folders = Files.list(reports())) {
            return folders.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
