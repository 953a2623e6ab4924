package ovc.run.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ovc.run.CheckStatus;
import ovc.run.RunStatus;
import ovc.run.RunWriter;

/**
 * Finishing a run that recorded N records (N/2 outputs, N/2 checks): deriving the status and
 * writing run.json and checks.json. Target: linear in N, 10 000 records in at most 50 ms.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(1)
@State(Scope.Thread)
public class FinishRunBenchmark {

    @Param({"10", "1000", "10000", "100000"})
    public int records;

    private Path work;
    private RunWriter run;

    @Setup(Level.Invocation)
    public void recordRun() {
        work = QuietRuns.temporaryFolder();
        run = QuietRuns.start(work, "Bench-Finish");
        for (int i = 0; i < records / 2; i++) {
            run.output("neon_table", "ovc.table_" + i, i, 0);
            run.check("check_" + i, "Check number " + i, CheckStatus.PASS, "run.json:$.outputs[" + i + "].rows_written");
        }
    }

    @TearDown(Level.Invocation)
    public void removeRun() {
        QuietRuns.delete(work);
    }

    @Benchmark
    public RunStatus finish() {
        return run.finish(RunStatus.SUCCESS);
    }
}
