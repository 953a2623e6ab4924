package ovc.run.runtime;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ovc.run.format.RunState;
import ovc.run.artifact.RunFacts;
import ovc.run.capture.OutputCapture;

/**
 * The configured run observer behind one daemon thread: runs hand their events over and go on;
 * the thread loads the observer (the exporter's classes, a tenth of a second or more), then sends
 * the events in order. The process's exit waits for what is pending, {@code openlineage.timeout}
 * at most in all, and a delivery that fails prints one warning line for the whole process —
 * uncaptured, so the run folder is the same as without export.
 */
final class ObserverDelivery implements Runnable {

    /** The observer ovc-run-openlineage provides. */
    static final String OBSERVER_CLASS = "ovc.run.openlineage.OpenLineageObserver";

    private final RunEnvironment environment;
    // The ovc.run.* properties with the openlineage.* overrides (agent arguments) merged in.
    private final Map<String, String> properties;
    private final long timeoutNanos;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private int pending;
    private boolean warned;
    private long exitDeadline;
    private RunObserver observer;
    private boolean broken;

    ObserverDelivery(RunEnvironment environment, Map<String, String> properties) {
        this.environment = environment;
        this.properties = properties;
        this.timeoutNanos = timeoutMillis(environment, properties) * 1_000_000L;
        Thread worker = new Thread(this, "ovc-run-openlineage");
        worker.setDaemon(true);
        worker.start();
    }

    /** The timeout in milliseconds: {@code openlineage.timeout}, else the default (a bad value warns). */
    static long timeoutMillis(RunEnvironment environment, Map<String, String> properties) {
        String raw = Setting.OPENLINEAGE_TIMEOUT.raw(Map.of(), properties, environment.env());
        String problem = Setting.OPENLINEAGE_TIMEOUT.millisProblem(raw);
        if (problem != null) {
            Warnings.once(environment.err(), "WARNING: " + problem);
        }
        return Setting.OPENLINEAGE_TIMEOUT.millis(raw);
    }

    void started(ActiveRun run) {
        // What the START event knows: the run's identity and start, nothing it has done yet.
        RunFacts now = run.facts(run.environment().clock().instant(), RunState.SUCCESS);
        RunFacts facts = new RunFacts(now.runId(), now.pipelineId(), now.pipelineVersion(), now.started(), now.started(),
                RunState.SUCCESS, now.trigger(), now.git(), now.env(), List.of(), List.of(), List.of());
        Path directory = run.directory();
        List<String> ancestors = ancestors(run);
        enqueue(new Runnable() {
            @Override
            public void run() {
                deliver(run.runId(), "START", new Send() {
                    @Override
                    public void send(RunObserver target, long deadline) throws Exception {
                        target.started(facts, directory, ancestors, deadline);
                    }
                });
            }
        });
    }

    void finished(ActiveRun run, RunFacts facts, Throwable error) {
        String errorText = error == null ? null : run.secrets().mask(ErrorText.stackTrace(error));
        Path directory = run.directory();
        List<String> ancestors = ancestors(run);
        enqueue(new Runnable() {
            @Override
            public void run() {
                deliver(run.runId(), "finish", new Send() {
                    @Override
                    public void send(RunObserver target, long deadline) throws Exception {
                        target.finished(facts, directory, ancestors, errorText, deadline);
                    }
                });
            }
        });
    }

    private static List<String> ancestors(ActiveRun run) {
        List<String> ids = new ArrayList<>();
        for (ActiveRun outer = run.parent(); outer != null; outer = outer.parent()) {
            ids.add(outer.runId());
        }
        return ids;
    }

    /** One event's delivery to the observer. */
    private interface Send {
        void send(RunObserver target, long deadlineNanos) throws Exception;
    }

    private void enqueue(Runnable event) {
        synchronized (queue) {
            queue.addLast(event);
            pending++;
            queue.notifyAll();
        }
    }

    /**
     * Waits until every event handed over so far is delivered or given up, or the exit deadline
     * (the first exiting call plus the timeout) passes; warns once about what is left.
     */
    void awaitDelivered() {
        int left;
        synchronized (queue) {
            if (exitDeadline == 0) {
                exitDeadline = System.nanoTime() + timeoutNanos;
            }
            try {
                long wait;
                while (pending > 0 && (wait = exitDeadline - System.nanoTime()) > 0) {
                    queue.wait(Math.max(1, wait / 1_000_000L));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            left = pending;
        }
        if (left > 0) {
            warnOnce("OpenLineage: " + left + " event(s) not delivered within openlineage.timeout ("
                    + timeoutNanos / 1_000_000L + " ms) of the process's exit; `ovc-run export --openlineage` sends"
                    + " the run folders later");
        }
    }

    @Override
    public void run() {
        while (true) {
            Runnable event;
            synchronized (queue) {
                while (queue.isEmpty()) {
                    try {
                        queue.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                event = queue.removeFirst();
            }
            try {
                event.run();
            } finally {
                synchronized (queue) {
                    pending--;
                    queue.notifyAll();
                }
            }
        }
    }

    private void deliver(String runId, String what, Send send) {
        long deadline = System.nanoTime() + timeoutNanos;
        RunObserver target = observer();
        if (target == null) {
            return;
        }
        try {
            send.send(target, deadline);
        } catch (Exception | LinkageError e) {
            warnOnce("OpenLineage: the " + what + " event of " + runId + " was not delivered: "
                    + ErrorText.describe(e) + "; `ovc-run export --openlineage` sends the run folder later");
        }
    }

    private RunObserver observer() {
        if (observer == null && !broken) {
            try {
                RunObserver loaded = load();
                loaded.open(environment.env(), properties, environment.workingDirectory());
                observer = loaded;
            } catch (ClassNotFoundException missing) {
                broken = true;
                warnOnce("OpenLineage is configured but ovc-run-openlineage is not on the class path (add the"
                        + " dependency ovc.run:ovc-run-openlineage); runs are recorded, not exported");
            } catch (Exception | LinkageError e) {
                broken = true;
                warnOnce("OpenLineage is configured but its exporter could not start: " + ErrorText.describe(e)
                        + "; runs are recorded, not exported");
            }
        }
        return observer;
    }

    /**
     * The observer, from {@link EmbeddedExporter#loader()}; the worker's context class loader is set
     * to the same loader, where the client and Jackson look up their services.
     */
    private static RunObserver load() throws Exception {
        ClassLoader loader = EmbeddedExporter.loader();
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> type = Class.forName(OBSERVER_CLASS, true, loader);
        return (RunObserver) type.getConstructor().newInstance();
    }

    private void warnOnce(String message) {
        synchronized (this) {
            if (warned) {
                return;
            }
            warned = true;
        }
        PrintStream err = environment.err();
        OutputCapture.printlnUncaptured(err, Warnings.PREFIX + "WARNING: " + message);
    }
}
