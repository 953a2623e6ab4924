package ovc.run.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ovc.run.runtime.RunEnvironment;
import picocli.CommandLine;

/**
 * Runs {@code ovc-run} in this JVM over a made-up host: its own working directory, variables and
 * captured streams, so tests never touch the real environment.
 */
public final class Cli {

    final Path dir;
    final Map<String, String> env = new HashMap<>();
    OutputStream childStdout;
    OutputStream childStderr;

    Cli(Path dir) {
        this.dir = dir;
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("USER", "tester");
    }

    /**
     * One invocation's result.
     *
     * @param code the exit code
     * @param out what the command printed through picocli's out
     * @param err what it printed through picocli's err
     * @param stdout the runtime's stdout (RUN_ID=) followed by nothing else
     * @param stderr the runtime's and wrapper's warnings
     * @param childOut the wrapped command's stdout bytes (when not redirected elsewhere)
     * @param childErr the wrapped command's stderr bytes
     */
    record Result(int code, String out, String err, String stdout, String stderr, byte[] childOut, byte[] childErr) {
        String childOutText() {
            return new String(childOut, UTF_8);
        }

        String childErrText() {
            return new String(childErr, UTF_8);
        }
    }

    Result run(String... args) {
        ByteArrayOutputStream runtimeOut = new ByteArrayOutputStream();
        ByteArrayOutputStream runtimeErr = new ByteArrayOutputStream();
        ByteArrayOutputStream childOut = new ByteArrayOutputStream();
        ByteArrayOutputStream childErr = new ByteArrayOutputStream();
        RunEnvironment environment = new RunEnvironment(env, Map.of(), Clock.systemUTC(), dir,
                new PrintStream(runtimeOut, true, UTF_8), new PrintStream(runtimeErr, true, UTF_8));
        CliHost host = new CliHost(environment, childStdout != null ? childStdout : childOut,
                childStderr != null ? childStderr : childErr, false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = OvcRun.commandLine(host);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString(), runtimeOut.toString(UTF_8), runtimeErr.toString(UTF_8),
                childOut.toByteArray(), childErr.toByteArray());
    }

    Path reports() {
        return dir.resolve("reports/runs");
    }

    /** The run folders under reports/runs, sorted by name. */
    List<Path> runs() {
        if (!Files.isDirectory(reports())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(reports())) {
            return folders.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only run folder. */
    Path onlyRun() {
        List<Path> runs = runs();
        if (runs.size() != 1) {
            throw new AssertionError("expected one run folder, found " + runs);
        }
        return runs.get(0);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the contract's golden example run folders into this CLI's reports folder, and returns
     * the one of {@code runId}: the set-up of the tests that alter one golden run.
     */
    Path goldenRun(String runId) {
        copyGoldenRuns(reports());
        return reports().resolve(runId);
    }

    /** Copies the contract's golden example run folders into {@code reports}. */
    public static void copyGoldenRuns(Path reports) {
        Path examples = Path.of("..", "contracts", "examples").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = reports.resolve(examples.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
