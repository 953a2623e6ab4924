package ovc.run.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import ovc.run.CheckStatus;
import ovc.run.Run;

/**
 * Recording into an active run where every call is a new entry: an input, an output or a check the
 * run has not seen (target: at most 300 ns each). {@link RecordInsideRunBenchmark} measures the
 * calls that find their entry already there.
 *
 * <p>A run cannot take new entries for ever within a time-boxed iteration (it keeps them all until it
 * finishes), so each single-shot invocation records {@link FreshRun#RECORDS} new entries into a run
 * of its own, and JMH divides the time by that count. The run starts and finishes outside the
 * measured time; the growth of its lists and sets up to that size is inside it, as in a pipeline.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(FreshRun.RECORDS)
@Warmup(iterations = 100)
@Measurement(iterations = 50)
@Fork(1)
public class RecordNewEntriesBenchmark {

    /** A new input per call: validation, masking against the environment's secrets, a new set entry. */
    @Benchmark
    public void input(FreshRun run) {
        String[] refs = run.refs;
        for (int i = 0; i < refs.length; i++) {
            Run.input("neon_table", refs[i]);
        }
    }

    /** A new output per call. */
    @Benchmark
    public void output(FreshRun run) {
        String[] refs = run.refs;
        for (int i = 0; i < refs.length; i++) {
            Run.output("neon_table", refs[i], 10, 2);
        }
    }

    /** A new check id per call: the check is appended, not merged into an earlier one. */
    @Benchmark
    public void check(FreshRun run) {
        String[] ids = run.ids;
        String[] names = run.names;
        for (int i = 0; i < ids.length; i++) {
            Run.check(ids[i], names[i], CheckStatus.PASS, "run.json:$.outputs[0].rows_written");
        }
    }
}
