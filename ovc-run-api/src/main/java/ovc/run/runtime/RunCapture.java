package ovc.run.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ovc.run.capture.LineRouter;
import ovc.run.capture.OutputCapture;

/**
 * Connects stdout/stderr capture to runs: a captured line goes to the run the printing thread
 * records into (its own, or the one that started it), if that run asked for capture.
 */
final class RunCapture implements LineRouter {

    private static final Set<ActiveRun> CAPTURED = ConcurrentHashMap.newKeySet();
    // This class is the router: not a method reference (linking one spins a class at start-up), nor
    // an anonymous class (one more class for every run's start to load).
    private static final RunCapture ROUTER = new RunCapture();
    // Set on a thread while it starts a run and is bound to none yet (RunLifecycle.start).
    private static final ThreadLocal<Boolean> STARTING = new ThreadLocal<>();

    private RunCapture() {}

    static void attach(ActiveRun run, RunConfig config) {
        if (config.capture() && CAPTURED.add(run)) {
            OutputCapture.start(ROUTER);
        }
    }

    /**
     * Whether the current thread is starting a run: until it is bound to it, what it prints goes to
     * no run, rather than to the only other active run an unbound thread's lines would join.
     */
    static void startingOnThisThread(boolean starting) {
        if (starting) {
            STARTING.set(Boolean.TRUE);
        } else {
            STARTING.remove();
        }
    }

    static void detach(ActiveRun run) {
        if (CAPTURED.remove(run)) {
            OutputCapture.stop();
        }
    }

    @Override
    public void route(String line) {
        if (STARTING.get() != null) {
            return;
        }
        ActiveRun run = RunBinding.currentQuietly();
        if (run != null && !run.isFinished() && CAPTURED.contains(run)) {
            run.log(line);
        }
    }

    @Override
    public int cutPoint(String text) {
        ActiveRun run = RunBinding.currentQuietly();
        return run != null ? run.cutPoint(text) : text.length();
    }
}
