package ovc.run.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import ovc.run.RunInput;
import ovc.run.RunWriter;

/**
 * A method the agent weaves because of {@code @RunInput}, against the same method without the
 * annotation, in one JVM with the agent attached (the forked JVM gets {@code -javaagent:}; the
 * path is relative to the repository root, where {@code benchmarks/run.sh} runs JMH). Targets:
 * outside a run at most 5 ns over the plain method and no allocation; inside a run at most 300 ns
 * over it, both for an input the run already holds and for a new one (single shots of
 * {@link FreshRun#RECORDS} calls into a fresh run, the plain method called the same way beside them).
 *
 * <p>Both ways of marking an input are measured: an annotated parameter (recorded on entry) and an
 * annotated method (its return value recorded on normal return). Each fork checks that the agent
 * really wove the annotated methods, so a JVM started without it fails instead of reporting the
 * plain method's cost as the woven one's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = RunInputBenchmark.AGENT)
@State(Scope.Thread)
public class RunInputBenchmark {

    /** The agent, as {@code mvn package} leaves it; no woven-class cache, so nothing outside target/ is written. */
    static final String AGENT = "-javaagent:ovc-run-agent/target/ovc-run-agent-0.1.0-SNAPSHOT.jar=cache=off";

    String instrument = "EUR_USD";

    // The methods under test: one body, only the annotations differ.

    static String fetchPlain(String instrument) {
        return instrument;
    }

    static String fetch(@RunInput(type = "oanda") String instrument) {
        return instrument;
    }

    @RunInput(type = "oanda")
    static String fetchReturning(String instrument) {
        return instrument;
    }

    /** A run, open for one measurement iteration, that the benchmark thread records into. */
    @State(Scope.Thread)
    public static class InsideRun {
        private Path work;
        private RunWriter run;

        @Setup(Level.Iteration)
        public void start() {
            work = QuietRuns.temporaryFolder();
            run = QuietRuns.start(work, "Bench-RunInput");
        }

        @TearDown(Level.Iteration)
        public void finish() {
            run.close();
            QuietRuns.delete(work);
        }
    }

    /** Fails the fork when the annotated methods were not woven: both must record inside a run. */
    @TearDown(Level.Trial)
    public void requireWoven() {
        Path work = QuietRuns.temporaryFolder();
        try {
            Path runJson;
            try (RunWriter run = QuietRuns.start(work, "Bench-Woven")) {
                fetch("WOVEN_PARAMETER");
                fetchReturning("WOVEN_RETURN");
                runJson = run.directory().resolve("run.json");
            }
            String json = Files.readString(runJson);
            if (!json.contains("\"WOVEN_PARAMETER\"") || !json.contains("\"WOVEN_RETURN\"")) {
                throw new IllegalStateException("the @RunInput methods were not woven: run this benchmark from the"
                        + " repository root after mvn package, so that " + AGENT + " finds the agent");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            QuietRuns.delete(work);
        }
    }

    /** The baseline: the method without the annotation. */
    @Benchmark
    public String plain() {
        return fetchPlain(instrument);
    }

    /** {@code @RunInput} on the parameter, outside a run: the woven entry reads one volatile field. */
    @Benchmark
    public String parameter() {
        return fetch(instrument);
    }

    /** {@code @RunInput} on the method, outside a run: the woven exit reads one volatile field. */
    @Benchmark
    public String returnValue() {
        return fetchReturning(instrument);
    }

    /** The baseline inside a run: the plain method ignores the run, so this checks that nothing else changed. */
    @Benchmark
    public String plainInsideRun(InsideRun run) {
        return fetchPlain(instrument);
    }

    /** Records input {@code oanda EUR_USD} on every call, already recorded after the first: the set keeps one. */
    @Benchmark
    public String parameterInsideRunAlreadyRecorded(InsideRun run) {
        return fetch(instrument);
    }

    /** The same record, from the return value. */
    @Benchmark
    public String returnValueInsideRunAlreadyRecorded(InsideRun run) {
        return fetchReturning(instrument);
    }

    // A new input on every call: single shots of FreshRun.RECORDS calls into a fresh run, per call.

    /** The baseline for new inputs: the plain method, called as the woven ones below are. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OperationsPerInvocation(FreshRun.RECORDS)
    @Warmup(iterations = 100)
    @Measurement(iterations = 50)
    public void plainInsideRunNewEntry(FreshRunRecordingNothing run, Blackhole blackhole) {
        String[] instruments = run.refs;
        for (int i = 0; i < instruments.length; i++) {
            blackhole.consume(fetchPlain(instruments[i]));
        }
    }

    /** {@code @RunInput} on the parameter, inside a run, each call an instrument the run has not seen. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OperationsPerInvocation(FreshRun.RECORDS)
    @Warmup(iterations = 100)
    @Measurement(iterations = 50)
    public void parameterInsideRunNewEntry(FreshRun run, Blackhole blackhole) {
        String[] instruments = run.refs;
        for (int i = 0; i < instruments.length; i++) {
            blackhole.consume(fetch(instruments[i]));
        }
    }

    /** The same new inputs, from the return value. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OperationsPerInvocation(FreshRun.RECORDS)
    @Warmup(iterations = 100)
    @Measurement(iterations = 50)
    public void returnValueInsideRunNewEntry(FreshRun run, Blackhole blackhole) {
        String[] instruments = run.refs;
        for (int i = 0; i < instruments.length; i++) {
            blackhole.consume(fetchReturning(instruments[i]));
        }
    }
}
