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

    private RunCapture() {}

    static void attach(ActiveRun run, RunConfig config) {
        if (config.capture() && CAPTURED.add(run)) {
            OutputCapture.start(ROUTER);
        }
    }

    static void detach(ActiveRun run) {
        if (CAPTURED.remove(run)) {
            OutputCapture.stop();
        }
    }

    @Override
    public void route(String line) {
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
