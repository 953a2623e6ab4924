package ovc.run.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import ovc.run.RunWriter;

/**
 * A run started afresh for every single-shot invocation, with {@link #RECORDS} texts it has never
 * seen, so that each record the invocation makes is a new entry. The texts are new strings for each
 * run (their hash codes not yet computed, as a pipeline's freshly built refs are); building them,
 * starting the run and finishing it are outside the measured time.
 */
@State(Scope.Thread)
public class FreshRun {

    /** New entries per invocation: as many records as the 10 000-record finish target's run holds. */
    public static final int RECORDS = 10_000;

    /** {@link #RECORDS} distinct refs, none recorded in this run yet. */
    String[] refs;
    /** {@link #RECORDS} distinct check ids. */
    String[] ids;
    /** {@link #RECORDS} distinct check names, parallel to {@link #ids}. */
    String[] names;
    private Path work;
    private RunWriter run;

    /** Starts the run and builds the texts. */
    @Setup(Level.Invocation)
    public void start() {
        refs = new String[RECORDS];
        ids = new String[RECORDS];
        names = new String[RECORDS];
        for (int i = 0; i < RECORDS; i++) {
            refs[i] = "ovc.table_" + i;
            ids[i] = "check_" + i;
            names[i] = "Check number " + i;
        }
        work = QuietRuns.temporaryFolder();
        run = QuietRuns.start(work, "Bench-NewEntries");
    }

    /**
     * Finishes the run and removes its folder, failing the fork unless the run's files hold all
     * {@link #RECORDS} records as separate entries (a benchmark that de-duplicated, or recorded
     * nowhere, would look faster than what it claims to measure).
     */
    @TearDown(Level.Invocation)
    public void finish() throws IOException {
        Path directory = run.directory();
        run.close();
        try {
            int inputsOrOutputs = count(Files.readString(directory.resolve("run.json")), "\"ovc.table_");
            int checks = count(Files.readString(directory.resolve("checks.json")), "\"check_");
            boolean asExpected = recordsEntries() ? inputsOrOutputs == RECORDS || checks == RECORDS
                    : inputsOrOutputs == 0 && checks == 0;
            if (!asExpected) {
                throw new IllegalStateException("expected " + (recordsEntries() ? RECORDS : 0) + " new entries in "
                        + directory + ", found " + inputsOrOutputs + " refs and " + checks + " check ids");
            }
        } finally {
            QuietRuns.delete(work);
        }
    }

    /** Whether the benchmark using this state records an entry per text; a baseline that must not says no. */
    boolean recordsEntries() {
        return true;
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
