package ovc.run.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ovc.run.CheckStatus;
import ovc.run.Run;

/**
 * {@code Run.*} called where no run is active, as library code does: target at most 5 ns over an
 * empty call and no allocation (run with {@code -prof gc}: gc.alloc.rate.norm = 0 B/op).
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

    /** The baseline: a call that does nothing and cannot be inlined away. */
    @Benchmark
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public void baselineEmptyCall() {
        // intentionally empty
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
