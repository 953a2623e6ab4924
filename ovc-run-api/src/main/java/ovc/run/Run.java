package ovc.run;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ovc.run.runtime.ActiveRun;
import ovc.run.runtime.RunBinding;
import ovc.run.runtime.StrictRecordingFailure;

/**
 * What code inside a run calls to add to it: inputs, outputs, checks, log lines. Each call goes to
 * the run the current thread belongs to (the run that started it or the thread that created it;
 * a pooled thread records into the only active run).
 *
 * <p>Outside a run every method returns at once and allocates nothing, so library code can call
 * it unconditionally. Inside a run no method throws into the calling code but {@link
 * RunRecordingException} in strict mode: a bad value (a non-snake_case id, a null, a negative
 * count, a cyclic {@code extra}) is recorded in a documented form or left out, with one warning
 * line on stderr and in run.log (see the README, "Bad values").
 *
 * <pre>{@code
 * int line = Run.log("fetched " + n + " candles");
 * Run.output("neon_table", "ovc.ovc_blocks_v01_2h", inserted, updated);
 * Run.check("rows_inserted", "Rows were inserted", CheckStatus.PASS, "run.json:$.outputs[0].rows_written");
 * }</pre>
 */
public final class Run {

    private Run() {}

    /** Records an input: {@code type} lower snake_case ({@code neon_table}), {@code ref} what was read. */
    public static void input(String type, String ref) {
        if (RunBinding.anyActive()) {
            ActiveRun run = RunBinding.current();
            if (run != null) {
                recordInput(run, type, ref, null);
            }
        }
    }

    /** Records an input with the slice of it that was read ({@code 2026-01-01..2026-01-31}). */
    public static void input(String type, String ref, String range) {
        if (RunBinding.anyActive()) {
            ActiveRun run = RunBinding.current();
            if (run != null) {
                recordInput(run, type, ref, range);
            }
        }
    }

    /** Records an output: {@code type} lower snake_case ({@code file}), {@code ref} what was written. */
    public static void output(String type, String ref) {
        if (RunBinding.anyActive()) {
            record(type, ref, null, null, null);
        }
    }

    /** Records an output with the number of rows written ({@code rows_written}). */
    public static void output(String type, String ref, long rowsWritten) {
        if (RunBinding.anyActive()) {
            record(type, ref, rowsWritten, null, null);
        }
    }

    /** Records an output with rows written and rows updated, e.g. the two halves of an upsert. */
    public static void output(String type, String ref, long rowsWritten, long rowsUpdated) {
        if (RunBinding.anyActive()) {
            record(type, ref, rowsWritten, rowsUpdated, null);
        }
    }

    /**
     * Records an output with further facts in {@code extra}: strings, numbers, booleans, nulls,
     * maps and lists. The map is copied; a value JSON cannot hold is recorded as its string form
     * with one warning.
     */
    public static void output(String type, String ref, Map<String, ?> extra) {
        if (RunBinding.anyActive()) {
            record(type, ref, null, null, extra);
        }
    }

    /** Records an output with any of rows written, rows updated and extra facts ({@code null} for none). */
    public static void output(String type, String ref, Long rowsWritten, Long rowsUpdated, Map<String, ?> extra) {
        if (RunBinding.anyActive()) {
            record(type, ref, rowsWritten, rowsUpdated, extra);
        }
    }

    private static void record(String type, String ref, Long rowsWritten, Long rowsUpdated, Map<String, ?> extra) {
        ActiveRun run = RunBinding.current();
        if (run != null) {
            try {
                run.recordOutput(type, ref, rowsWritten, rowsUpdated, extra);
            } catch (StrictRecordingFailure strict) {
                throw ApiExceptions.of(strict);
            } catch (RuntimeException failure) {
                run.recordingFailed("output " + type, failure);
            }
        }
    }

    private static void recordInput(ActiveRun run, String type, String ref, String range) {
        try {
            run.recordInput(type, ref, range);
        } catch (StrictRecordingFailure strict) {
            throw ApiExceptions.of(strict);
        } catch (RuntimeException failure) {
            run.recordingFailed("input " + type, failure);
        }
    }

    /** Records a check with no evidence. */
    public static void check(String id, String name, CheckStatus status) {
        if (RunBinding.anyActive()) {
            recordCheck(id, name, status, List.of());
        }
    }

    /** Records a check with one piece of evidence (see {@link #check(String, String, CheckStatus, String...)}). */
    public static void check(String id, String name, CheckStatus status, String evidence) {
        if (RunBinding.anyActive()) {
            // Not List.of: a null evidence is dropped with a warning, never a NullPointerException.
            recordCheck(id, name, status, Collections.singletonList(evidence));
        }
    }

    /**
     * Records a check. A {@code fail} fails the run, a {@code skip} makes it at best partial. An id
     * is one check per run: recording it again keeps the worse status and adds the evidence.
     *
     * @param id snake_case, stable across runs ({@code rows_inserted}); another id is normalised
     *     ({@code rows_EUR_USD} becomes {@code rows_eur_usd}) and run.log says so
     * @param name human text
     * @param status the outcome
     * @param evidence each {@code run.json:$.<path>}, {@code run.log:line:<n>} or {@code artifacts/<path>}
     *     (a null or malformed one is left out with a warning)
     */
    public static void check(String id, String name, CheckStatus status, String... evidence) {
        if (RunBinding.anyActive()) {
            recordCheck(id, name, status, evidence == null ? null : Arrays.asList(evidence));
        }
    }

    private static void recordCheck(String id, String name, CheckStatus status, List<String> evidence) {
        ActiveRun run = RunBinding.current();
        if (run != null) {
            try {
                run.recordCheck(id, name, CheckStatus.stateOf(status), evidence);
            } catch (StrictRecordingFailure strict) {
                throw ApiExceptions.of(strict);
            } catch (RuntimeException failure) {
                run.recordingFailed("check " + id, failure);
            }
        }
    }

    /**
     * Appends to run.log (each line of a multi-line message becomes its own line).
     *
     * @return the number of the (first) line written, for {@code "run.log:line:" + n} evidence;
     *     0 outside a run
     */
    public static int log(String message) {
        if (RunBinding.anyActive()) {
            ActiveRun run = RunBinding.current();
            if (run != null) {
                try {
                    return run.log(message);
                } catch (StrictRecordingFailure strict) {
                    throw ApiExceptions.of(strict);
                }
            }
        }
        return 0;
    }

    /**
     * Caps the run's final status at {@code status}: {@code PARTIAL} for partial results,
     * {@code FAILED} to fail it. It can never raise the status its checks give.
     */
    public static void lowerStatus(RunStatus status) {
        if (RunBinding.anyActive()) {
            ActiveRun run = RunBinding.current();
            if (run != null) {
                run.lowerStatus(RunStatus.stateOf(status));
            }
        }
    }

    /**
     * The run the current thread records into: its id, folder and {@code artifacts/} files. A view
     * of the run, not the run itself: recording goes through the methods of this class.
     */
    public static Optional<RunInfo> current() {
        if (RunBinding.anyActive()) {
            ActiveRun run = RunBinding.currentQuietly();
            if (run != null) {
                return Optional.of(new CurrentRun(run));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code task} carrying the current thread's run to whichever thread runs it, for work handed to
     * a pool without the agent (under the agent, executors carry the run by themselves):
     * {@code pool.execute(Run.wrap(() -> Run.log("chunk done")))}. The run is taken now, at the
     * hand-over, and the running thread is bound to it only while the task runs; from a thread bound
     * to no run, the task runs bound to none (recording, as that thread does, into the only active
     * run, and nesting a pipeline it starts in none). Outside a run {@code task} itself is returned.
     */
    public static Runnable wrap(Runnable task) {
        return RunBinding.wrap(task);
    }

    /** {@link #wrap(Runnable)} for a {@link java.util.concurrent.Callable}: {@code pool.submit(Run.wrap(() -> load(day)))}. */
    public static <T> java.util.concurrent.Callable<T> wrap(java.util.concurrent.Callable<T> task) {
        return RunBinding.wrap(task);
    }
}
