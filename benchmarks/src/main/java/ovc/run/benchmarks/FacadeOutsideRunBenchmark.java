package ovc.run.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import ovc.run.CheckStatus;
import ovc.run.Run;

/**
 * {@code Run.*} called where no run is active, as library code does: target at most 5 ns over the
 * baseline and no allocation (run with {@code -prof gc}: gc.alloc.rate.norm = 0 B/op).
 *
 * <p>The baseline hands the call's arguments to a JMH {@link Blackhole}: the least any code that
 * takes them and that the JIT may not remove costs. (An empty method JIT is told not to inline
 * pays for a call that the inlined {@code Run.*} methods do not make, so they measured below it.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class FacadeOutsideRunBenchmark {

    String type = "neon_table";
    String ref = "ovc.ovc_blocks_v01_2h";

    /** The baseline: the arguments of {@code Run.input} consumed by a Blackhole, nothing else. */
    @Benchmark
    public void baselineBlackhole(Blackhole blackhole) {
        blackhole.consume(type);
        blackhole.consume(ref);
    }

    @Benchmark
    public void input() {
        Run.input(type, ref);
    }

    @Benchmark
    public void outputWithCounts() {
        Run.output(type, ref, 10, 2);
    }

    @Benchmark
    public void checkWithEvidence() {
        Run.check("rows_inserted", "Rows inserted", CheckStatus.PASS, "run.json:$.outputs[0].rows_written");
    }

    @Benchmark
    public int log() {
        return Run.log("fetched");
    }
}
