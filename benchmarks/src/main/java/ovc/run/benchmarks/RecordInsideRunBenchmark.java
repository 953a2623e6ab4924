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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ovc.run.CheckStatus;
import ovc.run.Run;
import ovc.run.RunWriter;

/**
 * Recording into an active run what it already holds (target: at most 300 ns per call): the input,
 * output or check is validated and masked, then found equal to an earlier entry, which stays the
 * only one (a check is merged into it). {@link RecordNewEntriesBenchmark} measures new entries.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RecordInsideRunBenchmark {

    private static final int DISTINCT = 1024;

    private final String[] refs = new String[DISTINCT];
    private Path work;
    private RunWriter run;
    private int next;

    @Setup(Level.Iteration)
    public void startRun() {
        for (int i = 0; i < DISTINCT; i++) {
            refs[i] = "ovc.table_" + i;
        }
        work = QuietRuns.temporaryFolder();
        run = QuietRuns.start(work, "Bench-Record");
    }

    @TearDown(Level.Iteration)
    public void finishRun() {
        run.close();
        QuietRuns.delete(work);
    }

    /** The cost of reaching the run at all: the same input every call, recorded since the first. */
    @Benchmark
    public void inputAlreadyRecorded() {
        Run.input("neon_table", "ovc.ovc_blocks_v01_2h");
    }

    /**
     * Inputs cycling through 1 024 refs, each recorded since its first turn: validation, masking and
     * a lookup in a set of 1 024 that finds the entry (de-duplication, not a new entry).
     */
    @Benchmark
    public void inputRecordedRefsInTurn() {
        Run.input("neon_table", refs[next++ & (DISTINCT - 1)]);
    }

    /** Outputs cycling through the same 1 024 refs and counts: each found already recorded. */
    @Benchmark
    public void outputRecordedRefsInTurn() {
        Run.output("neon_table", refs[next++ & (DISTINCT - 1)], 10, 2);
    }

    /** The same check id every call: merged into the one entry (worse status, evidence united), never appended. */
    @Benchmark
    public void checkMergedIntoSameId() {
        Run.check("rows_inserted", "Rows inserted", CheckStatus.PASS, "run.json:$.outputs[0].rows_written");
    }
}
