package ovc.run.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
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
import org.openjdk.jmh.infra.Blackhole;
import ovc.run.Run;
import ovc.run.RunWriter;

/**
 * What carrying a run costs {@code ThreadPoolExecutor.execute(Runnable)}, the hand-over the agent
 * weaves ({@code TaskContexts.handOver}). Measured on a pool that is shut down with a discarding
 * rejection policy, so that each call is the hand-over and the pool's own checks, without a worker
 * running the task: {@code execute} with the agent outside a run and inside one, against the same
 * call in a fork of the same JVM options without the agent. Targets: outside a run at most 5 ns
 * over the plain call and no allocation (the same task object every call, so any allocation is the
 * instrumentation's: {@code -prof gc}); inside a run at most 100 ns over it, where each call hands
 * over a new task (as code that submits a lambda per call does) that is then taken over as a pool
 * thread takes it, and the plain baseline allocates the same task.
 *
 * <p>Each agent fork first checks that the executor instrumentation is in place: with two runs
 * active, a task handed to a pool whose thread predates both records into the run that handed it over.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class ExecutorHandOverBenchmark {

    private final ThreadPoolExecutor discarding = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), new ThreadPoolExecutor.DiscardPolicy());
    private final Runnable task = new Task();

    /** A task that does nothing; a class, so the same one is used with and without the agent. */
    static final class Task implements Runnable {
        @Override
        public void run() {
        }
    }

    /** A run, open for one measurement iteration, that the benchmark thread hands work over from. */
    @State(Scope.Thread)
    public static class InsideRun {
        private Path work;
        private RunWriter run;

        @Setup(Level.Iteration)
        public void start() {
            work = QuietRuns.temporaryFolder();
            run = QuietRuns.start(work, "Bench-Executor");
        }

        @TearDown(Level.Iteration)
        public void finish() {
            run.close();
            QuietRuns.delete(work);
        }
    }

    @Setup(Level.Trial)
    public void shutDownPool() {
        discarding.shutdown();
    }

    /** The plain call, in a fork without the agent: the same task every call. */
    @Benchmark
    @Fork(1)
    public void plainExecute(Blackhole blackhole) {
        discarding.execute(task);
        blackhole.consume(task);
    }

    /** The plain call with a new task every call: the baseline of {@link #executeAndTakeOverInsideRun}. */
    @Benchmark
    @Fork(1)
    public void plainExecuteNewTask(Blackhole blackhole) {
        Runnable fresh = new Task();
        discarding.execute(fresh);
        blackhole.consume(fresh);
    }

    /** The woven call where no run is active: one volatile read in the hand-over. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = RunInputBenchmark.AGENT)
    public void executeOutsideRun(Blackhole blackhole, Instrumented instrumented) {
        discarding.execute(task);
        blackhole.consume(task);
    }

    /**
     * The woven call inside a run with a new task every call, then what a pool thread does when it
     * takes that task ({@code TaskContexts.enter} and {@code leave}, called here on the benchmark
     * thread): the whole cost of carrying a run with one task, the entry put and removed again.
     * (Without the take-over every discarded task's entry would stay until the garbage collector
     * clears it, which measures the collector, not the hand-over.)
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = RunInputBenchmark.AGENT)
    public void executeAndTakeOverInsideRun(Blackhole blackhole, Instrumented instrumented, InsideRun run)
            throws Throwable {
        Runnable fresh = new Task();
        discarding.execute(fresh);
        Object entered = (Object) instrumented.enter.invokeExact((Object) fresh);
        instrumented.leave.invokeExact(entered);
        blackhole.consume(fresh);
    }

    /** Fails the fork unless the agent's executor instrumentation is in place (it installs at the first run). */
    @State(Scope.Benchmark)
    public static class Instrumented {
        MethodHandle enter;
        MethodHandle leave;

        @Setup(Level.Trial)
        public void requireInstrumented() throws Exception {
            Path work = QuietRuns.temporaryFolder();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                pool.submit(() -> { }).get();    // the pool's thread exists before any run
                RunWriter elsewhere = other.submit(() -> QuietRuns.start(work, "Bench-Other")).get();
                Path runJson;
                try (RunWriter here = QuietRuns.start(work, "Bench-Here")) {
                    // Two runs are active: only a carried run can tell the pool thread which is this one's.
                    pool.submit(() -> Run.input("check", "CARRIED")).get();
                    runJson = here.directory().resolve("run.json");
                }
                elsewhere.close();
                if (!Files.readString(runJson).contains("\"CARRIED\"")) {
                    throw new IllegalStateException("executors are not instrumented: run this benchmark from the"
                            + " repository root after mvn package (with -am, so that the jar holds this api), so that "
                            + RunInputBenchmark.AGENT + " finds the agent");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                pool.shutdown();
                other.shutdown();
                QuietRuns.delete(work);
            }
            // Defined in the bootstrap class loader by the first run; found by name from here on.
            Class<?> contexts = Class.forName("ovc.run.agent.bootstrap.TaskContexts");
            enter = MethodHandles.publicLookup().findStatic(contexts, "enter",
                    MethodType.methodType(Object.class, Object.class));
            leave = MethodHandles.publicLookup().findStatic(contexts, "leave",
                    MethodType.methodType(void.class, Object.class));
        }
    }
}
