package ovc.run.benchmarks;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ovc.run.Run;
import ovc.run.RunWriter;
import ovc.run.TestWriters;
import ovc.run.benchmarks.fixture.RealisticEnvironment;
import ovc.run.capture.OutputCapture;
import ovc.run.runtime.RunEnvironment;

/**
 * Lines per second printed with {@code System.out.println} inside a run that captures stdout, against
 * {@code println} to a plain file. Target: captured output at least 0.7x the plain throughput.
 *
 * <p>Both print through the same kind of stream, a {@code PrintStream} with auto-flush on a
 * {@code FileOutputStream} (one write per line, as the JVM's own stdout does). The captured one is
 * that stream made {@code System.out} before a run starts, so the runtime's capture
 * ({@code RunLifecycle} attaching {@code RunCapture}) wraps it exactly as it wraps a real console:
 * every line still reaches the file and is also appended to run.log, timestamped and masked against
 * the secrets of a realistic environment ({@link RealisticEnvironment}: 30 credential-like
 * variables, among them the quick start's required {@code OANDA_API_TOKEN} and {@code DATABASE_URL}).
 * Each variant gets a fresh file (and run) per iteration.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CapturedOutputBenchmark {

    /** A typical pipeline progress line. */
    static final String LINE = "Fetched 60 blocks for EUR_USD 2026-01-12/2026-01-16 (2h), 0 gaps";

    /** {@code println} to a plain file: the baseline. */
    @State(Scope.Thread)
    public static class PlainFile {
        private Path work;
        PrintStream out;

        @Setup(Level.Iteration)
        public void open() {
            work = QuietRuns.temporaryFolder();
            out = fileStream(work.resolve("plain.log"));
        }

        @TearDown(Level.Iteration)
        public void close() {
            out.close();
            QuietRuns.delete(work);
        }
    }

    /** {@code System.out} is a plain file stream, captured by an active run. */
    @State(Scope.Thread)
    public static class CapturedRun {
        private Path work;
        private PrintStream saved;
        private PrintStream console;
        private RunWriter run;

        @Setup(Level.Iteration)
        public void start() {
            work = QuietRuns.temporaryFolder();
            saved = System.out;
            console = fileStream(work.resolve("console.log"));
            System.setOut(console);
            RunEnvironment environment = new RunEnvironment(RealisticEnvironment.variables(), Map.of(), Clock.systemUTC(),
                    work, console, saved);
            run = TestWriters.in(environment, RunWriter.builder("Bench-Capture", "0.1.0").requiredEnv("OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL")).start();
            if (!OutputCapture.isActive()) {
                throw new IllegalStateException("the run did not capture stdout (is OVC_RUN_CAPTURE=none set?)");
            }
        }

        @TearDown(Level.Iteration)
        public void finish() throws IOException {
            Path log = run.directory().resolve("run.log");
            run.close();
            System.setOut(saved);
            console.close();
            try (var lines = Files.lines(log)) {
                if (lines.limit(10).noneMatch(line -> line.endsWith(LINE))) {
                    throw new IllegalStateException("printed lines did not reach " + log);
                }
            }
            QuietRuns.delete(work);
        }
    }

    static PrintStream fileStream(Path file) {
        try {
            return new PrintStream(new FileOutputStream(file.toFile()), true, StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public void printlnToFile(PlainFile file) {
        file.out.println(LINE);
    }

    @Benchmark
    public void printlnCaptured(CapturedRun run) {
        System.out.println(LINE);
    }

    /** Not a target: the run.log half of a captured line alone, to show where the captured line's time goes. */
    @Benchmark
    public int runLogOnly(CapturedRun run) {
        return Run.log(LINE);
    }
}
