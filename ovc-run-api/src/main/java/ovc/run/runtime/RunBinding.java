package ovc.run.runtime;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Which run a thread records into. A thread that starts a run is bound to it, and threads it
 * creates inherit the binding; work handed to another thread carries the binding of the thread
 * that handed it over, a run or none ({@link #capture}, {@link #swap}: what the agent's executor
 * instrumentation and {@code Run.wrap} both use). A thread bound to nothing records into the run
 * when exactly one is active in the JVM, but a run it starts is nested in none.
 *
 * <p>A record nobody can attribute goes nowhere, never into another run: from a thread whose run
 * has finished (the thread that started it included, until it starts another; a thread started
 * after the finish is unbound), or from an unbound thread while several runs are active. Each
 * kind is reported once on stderr (every one while a run with {@code debug} is active).
 *
 * <p>{@link #anyActive()} is one volatile read, the only one {@code Run.*} and a hand-over to an
 * executor make outside a run, so that they cost nothing there.
 */
public final class RunBinding {

    private static final ActiveRun[] NONE = new ActiveRun[0];
    private static final InheritableThreadLocal<ActiveRun> BOUND = new InheritableThreadLocal<>() {
        @Override
        protected ActiveRun childValue(ActiveRun parent) {
            // A thread started while its creator's run is active is that run's; one started after
            // the run finished is bound to none, not to a run it never took part in.
            return parent == null || parent.isFinished() ? null : parent;
        }
    };
    private static final Object LOCK = new Object();
    // Copy on write under LOCK: readers take the array without a lock, most recently started last.
    private static volatile ActiveRun[] active = NONE;
    private static volatile ActiveRun[] debugging = NONE;
    // Plain flags under a lock, not AtomicBooleans: an AtomicBoolean initialises the JDK's VarHandle
    // machinery (~15 classes) on every run's start, for a warning that is almost never printed.
    private static final Object REPORTED_LOCK = new Object();
    private static boolean finishedReported;
    private static boolean ambiguousReported;

    private RunBinding() {}

    /** Whether this is the first drop of its kind (of a finished run's thread, or an ambiguous one). */
    private static boolean firstTime(boolean finished) {
        synchronized (REPORTED_LOCK) {
            boolean first = finished ? !finishedReported : !ambiguousReported;
            if (finished) {
                finishedReported = true;
            } else {
                ambiguousReported = true;
            }
            return first;
        }
    }

    /** Whether any run is active in this JVM. */
    public static boolean anyActive() {
        return active.length != 0;
    }

    /**
     * The run the current thread records into, or {@code null}: its bound run, or when it is bound
     * to none, the only active run. A thread bound to a finished run, or unbound while several runs
     * are active, gets {@code null}, and the record is reported as dropped.
     */
    public static ActiveRun current() {
        ActiveRun[] runs = active;
        if (runs.length == 0) {
            return null;
        }
        ActiveRun bound = BOUND.get();
        if (bound != null) {
            if (!bound.isFinished()) {
                return bound;
            }
            dropped(bound, runs);
            return null;
        }
        if (runs.length == 1) {
            return runs[0];
        }
        dropped(null, runs);
        return null;
    }

    /**
     * {@link #current()} without reporting a drop: for captured output, which reaches the terminal
     * anyway, and for {@code Run.current()}, a question rather than a record.
     */
    public static ActiveRun currentQuietly() {
        ActiveRun[] runs = active;
        if (runs.length == 0) {
            return null;
        }
        ActiveRun bound = BOUND.get();
        if (bound != null) {
            return bound.isFinished() ? null : bound;
        }
        return runs.length == 1 ? runs[0] : null;
    }

    /**
     * What work handed over by the current thread carries to the thread that runs it: the run this
     * thread is bound to (a finished one included, so that its work records into nothing either), or
     * {@code null} when it is bound to none. Not the only active run: work handed over by an unbound
     * thread runs unbound too, so it records as that thread would (into the run that is the only one
     * active when it records), and a pipeline it starts is a run of its own, not one nested in
     * whichever run happened to be alone at the hand-over (a scheduler's jobs beside a long run).
     * Callers ask {@link #anyActive()} first: outside a run nothing is carried.
     */
    public static ActiveRun capture() {
        return BOUND.get();
    }

    /**
     * Binds the current thread to {@code run} ({@code null}: to none) and returns what it was bound
     * to, for the caller to restore with another {@code swap} when the work is done.
     */
    public static ActiveRun swap(ActiveRun run) {
        ActiveRun previous = BOUND.get();
        if (previous != run) {
            BOUND.set(run);
        }
        return previous;
    }

    /**
     * {@code task} bound wherever it runs to what the current thread is bound to (a run, or none),
     * or {@code task} itself outside a run.
     */
    public static Runnable wrap(Runnable task) {
        return anyActive() ? new BoundRunnable(capture(), task) : task;
    }

    /**
     * {@code task} bound wherever it runs to what the current thread is bound to (a run, or none),
     * or {@code task} itself outside a run.
     */
    public static <T> Callable<T> wrap(Callable<T> task) {
        return anyActive() ? new BoundCallable<>(capture(), task) : task;
    }

    /**
     * The run this thread is bound to, without the sole-active fallback: the parent of a run
     * started here. (A scheduler thread starting a second pipeline must not nest it in the first.)
     */
    static ActiveRun bound() {
        ActiveRun bound = BOUND.get();
        // A thread bound to a run that has since finished nests a new run in the run around it.
        while (bound != null && bound.isFinished()) {
            bound = bound.parent();
        }
        return bound;
    }

    /** Every active run, most recently started first. */
    public static List<ActiveRun> active() {
        ActiveRun[] runs = active;
        List<ActiveRun> list = new ArrayList<>(runs.length);
        for (int i = runs.length - 1; i >= 0; i--) {
            list.add(runs[i]);
        }
        return list;
    }

    static void activate(ActiveRun run, boolean debug) {
        synchronized (LOCK) {
            active = with(active, run);
            if (debug) {
                debugging = with(debugging, run);
            }
        }
        BOUND.set(run);
        FirstRun.started();
    }

    static void deactivate(ActiveRun run) {
        synchronized (LOCK) {
            active = without(active, run);
            debugging = without(debugging, run);
        }
        if (BOUND.get() == run) {
            ActiveRun outer = bound();
            if (outer != null) {
                BOUND.set(outer);
            }
            // Else the thread stays bound to its finished run, as the threads it started do: what it
            // prints or records from now on is no run's, not another run's that is the only one
            // active (a scheduler thread's own line after its job). Its next run rebinds it.
        }
    }

    private static void dropped(ActiveRun finished, ActiveRun[] runs) {
        boolean each = debugging.length != 0;
        String how = each ? "" : " (reported once; debug=true reports each)";
        String thread = "a record from thread '" + Thread.currentThread().getName() + "'";
        if (finished != null) {
            if (each || firstTime(true)) {
                report(finished.environment().err(), "WARNING: " + thread + ", bound to " + finished
                        + " which has finished, was dropped: a finished run's threads record into no run" + how);
            }
        } else if (each || firstTime(false)) {
            report(runs[0].environment().err(), "WARNING: " + thread + ", bound to no run while " + runs.length
                    + " runs are active, was dropped: hand work over with Run.wrap, or run under the agent" + how);
        }
    }

    private static void report(PrintStream err, String message) {
        err.println("[ovc-run] " + message);
    }

    private static ActiveRun[] with(ActiveRun[] runs, ActiveRun run) {
        ActiveRun[] more = Arrays.copyOf(runs, runs.length + 1);
        more[runs.length] = run;
        return more;
    }

    private static ActiveRun[] without(ActiveRun[] runs, ActiveRun run) {
        int kept = 0;
        ActiveRun[] fewer = new ActiveRun[runs.length];
        for (ActiveRun each : runs) {
            if (each != run) {
                fewer[kept++] = each;
            }
        }
        return kept == 0 ? NONE : Arrays.copyOf(fewer, kept);
    }
}
