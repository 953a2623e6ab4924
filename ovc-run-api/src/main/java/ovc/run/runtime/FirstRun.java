package ovc.run.runtime;

/**
 * An action for the first run of the JVM, kept apart from {@link RunBinding} so that registering
 * one (the agent does, in {@code premain}) loads this class alone, not the run classes.
 */
public final class FirstRun {

    private static Runnable action;

    private FirstRun() {}

    /**
     * Runs {@code action} once, on the thread that starts the first run of this JVM, right after
     * that run is bound and before its body runs (the agent installs its executor instrumentation
     * there, so that a program that never starts a run never pays for it). A later call replaces an
     * action that has not run yet.
     */
    public static synchronized void whenStarted(Runnable action) {
        FirstRun.action = action;
    }

    /** Runs the action, if one is waiting: called by {@link RunBinding} for every run that starts. */
    static void started() {
        Runnable waiting;
        synchronized (FirstRun.class) {
            waiting = action;
            action = null;
        }
        if (waiting != null) {
            waiting.run();
        }
    }
}
