package ovc.run.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Which run a thread records into. A thread that starts a run is bound to it, and threads it
 * creates inherit the binding; a pooled thread created before the run (the common fork-join pool,
 * an executor) has none and records into the run when exactly one is active in the JVM.
 *
 * <p>{@link #anyActive()} is one volatile read, so that {@code Run.*} outside a run costs nothing.
 */
public final class RunBinding {

    private static final InheritableThreadLocal<ActiveRun> BOUND = new InheritableThreadLocal<>();
    private static final List<ActiveRun> ACTIVE = new ArrayList<>();
    private static volatile int activeCount;

    private RunBinding() {}

    /** Whether any run is active in this JVM. */
    public static boolean anyActive() {
        return activeCount != 0;
    }

    /** The run the current thread records into, or {@code null}. */
    public static ActiveRun current() {
        if (activeCount == 0) {
            return null;
        }
        ActiveRun bound = bound();
        return bound != null ? bound : soleActive();
    }

    /**
     * The run this thread is bound to, without the sole-active fallback: the parent of a run
     * started here. (A scheduler thread starting a second pipeline must not nest it in the first.)
     */
    static ActiveRun bound() {
        ActiveRun bound = BOUND.get();
        // A thread bound to a run that has since finished falls back to the run around it.
        while (bound != null && bound.isFinished()) {
            bound = bound.parent();
        }
        return bound;
    }

    /** Every active run, most recently started first. */
    public static synchronized List<ActiveRun> active() {
        List<ActiveRun> runs = new ArrayList<>(ACTIVE);
        Collections.reverse(runs);
        return runs;
    }

    private static synchronized ActiveRun soleActive() {
        return ACTIVE.size() == 1 ? ACTIVE.get(0) : null;
    }

    static synchronized void activate(ActiveRun run) {
        ACTIVE.add(run);
        activeCount = ACTIVE.size();
        BOUND.set(run);
    }

    static synchronized void deactivate(ActiveRun run) {
        for (Iterator<ActiveRun> it = ACTIVE.iterator(); it.hasNext(); ) {
            if (it.next() == run) {
                it.remove();
            }
        }
        activeCount = ACTIVE.size();
        if (BOUND.get() == run) {
            ActiveRun outer = bound();
            if (outer != null) {
                BOUND.set(outer);
            } else {
                BOUND.remove();
            }
        }
    }
}
