package ovc.run.cli.exec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ovc.run.format.CheckState;
import ovc.run.artifact.Evidence;
import ovc.run.runtime.ActiveRun;
import ovc.run.runtime.RunLifecycle;

/**
 * Runs one command inside an active run: starts it with {@code OVC_RUN_ID} and {@code OVC_RUN_DIR}
 * in its environment, pumps its stdout and stderr into run.log and through to the wrapper's own
 * streams, forwards termination signals, records check {@code command_exit_code} and merges the
 * checks the command wrote. The caller finishes the run.
 */
public final class CommandRunner {

    /** The check that records how the command ended. */
    public static final String EXIT_CHECK = "command_exit_code";
    /** The exit code when the command cannot be started, as shells use for "command not found". */
    public static final int CANNOT_START = 127;

    /** How long a command may take to stop after a forwarded signal before it is killed. */
    static final long KILL_AFTER_MS = 10_000;
    /**
     * How long the output streams may stay open, with nothing new on them, after the command exited:
     * a background process it started may hold them forever.
     */
    static final long DRAIN_IDLE_MS = 2_000;

    /**
     * What to run and where its output goes.
     *
     * @param command the program and its arguments
     * @param workingDirectory where it runs
     * @param env its environment, before {@code OVC_RUN_ID} and {@code OVC_RUN_DIR} are added; the
     *     variables it shares with this process's are passed on as their original bytes
     * @param stdout where its stdout bytes go
     * @param stderr where its stderr bytes go
     * @param messages where the wrapper's own warnings go
     * @param ownsProcess whether signals may be taken over and stdin inherited (false in tests)
     * @param mask what hides secrets in the command line, its output and its checks
     */
    public record Settings(List<String> command, Path workingDirectory, Map<String, String> env, OutputStream stdout,
            OutputStream stderr, PrintStream messages, boolean ownsProcess, ExecMask mask) {}

    private final ActiveRun run;
    private final Settings settings;
    private final Object lock = new Object();
    private Process process;
    private int signal;
    private int signalLine;

    private CommandRunner(ActiveRun run, Settings settings) {
        this.run = run;
        this.settings = settings;
    }

    /**
     * Runs the command to its end and records how it ended in {@code run}.
     *
     * @return the exit code for the wrapper: the command's, {@value #CANNOT_START} when it could not
     *     be started, 128 + the signal when the wrapper was told to stop
     */
    public static int run(ActiveRun run, Settings settings) {
        return new CommandRunner(run, settings).run();
    }

    private int run() {
        try (SignalForwarder signals = settings.ownsProcess() ? SignalForwarder.install(this::onSignal) : null) {
            Process child = start();
            if (child == null) {
                return CANNOT_START;
            }
            Thread hook = settings.ownsProcess() && (signals == null || !signals.active()) ? stopOnShutdown(child) : null;
            RunLogSink sink = new RunLogSink(run, settings.mask());
            LinePump out = new LinePump(child.getInputStream(), settings.stdout(), sink);
            LinePump err = new LinePump(child.getErrorStream(), settings.stderr(), sink);
            Thread outThread = pump(out, "ovc-run-stdout");
            Thread errThread = pump(err, "ovc-run-stderr");
            int exitCode = waitFor(child);
            drain(out, outThread, "stdout");
            drain(err, errThread, "stderr");
            reportPassThrough(out, "stdout");
            reportPassThrough(err, "stderr");
            long dropped = sink.close();
            if (dropped > 0) {
                run.log(dropped + " more output lines arrived after the command exited; they are not in run.log");
            }
            removeHook(hook);
            return finish(exitCode);
        }
    }

    private Process start() {
        ProcessBuilder builder = new ProcessBuilder(settings.command()).directory(settings.workingDirectory().toFile());
        ChildEnvironment.apply(settings.env(), builder.environment());
        Map<String, String> env = builder.environment();
        env.put("OVC_RUN_ID", run.runId());
        env.put("OVC_RUN_DIR", run.directory().toAbsolutePath().toString());
        builder.redirectInput(settings.ownsProcess() ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        synchronized (lock) {
            if (signal != 0) {
                // Told to stop before the command started: it never runs.
                return null;
            }
            try {
                process = builder.start();
            } catch (IOException | RuntimeException e) {
                String message = settings.mask().mask("Command could not be started: "
                        + settings.mask().commandText(settings.command()) + ": " + e.getMessage());
                settings.messages().println("ovc-run exec: " + message);
                int line = run.log(message + " (exit code " + CANNOT_START + ")");
                run.recordCheck(EXIT_CHECK, "Command could not be started", CheckState.FAIL,
                        List.of(Evidence.logLine(line)));
                return null;
            }
        }
        if (!settings.ownsProcess()) {
            closeQuietly(process.getOutputStream());
        }
        run.log("Command started (pid " + process.pid() + "): " + settings.mask().commandText(settings.command()));
        return process;
    }

    private static Thread pump(LinePump pump, String name) {
        Thread thread = new Thread(pump, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static int waitFor(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits for a pump to reach the end of its stream. It may take as long as it keeps reading; one
     * that reads nothing for {@link #DRAIN_IDLE_MS} waits on a pipe that a background process of the
     * command keeps open, and is left behind.
     */
    private void drain(LinePump pump, Thread thread, String stream) {
        try {
            long seen = -1;
            while (thread.isAlive() && pump.bytesRead() != seen) {
                seen = pump.bytesRead();
                thread.join(DRAIN_IDLE_MS);
            }
            if (thread.isAlive()) {
                run.log("The command's " + stream + " is still open " + DRAIN_IDLE_MS
                        + " ms after it exited (a background process holds it); the rest is not captured");
            } else if (pump.readFailure() != null) {
                run.log("Reading the command's " + stream + " failed: " + pump.readFailure().getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reportPassThrough(LinePump pump, String stream) {
        if (pump.passThroughFailure() != null) {
            String message = "Could not pass the command's " + stream + " through (" + pump.passThroughFailure().getMessage()
                    + "); stopped reading it, as a closed pipe would";
            run.log(message);
            settings.messages().println("[ovc-run] WARNING: " + message);
        }
    }

    private int finish(int exitCode) {
        int received;
        int receivedLine;
        synchronized (lock) {
            received = signal;
            receivedLine = signalLine;
        }
        int line = run.log("Command exited with code " + exitCode);
        run.recordCheck(EXIT_CHECK, "Command exited with code " + exitCode,
                exitCode == 0 ? CheckState.PASS : CheckState.FAIL, List.of(Evidence.logLine(line)));
        ChildChecks.merge(run, settings.mask(), line, settings.messages());
        if (received != 0) {
            run.recordCheck(RunLifecycle.TERMINATED_CHECK, "Process terminated before the run finished",
                    CheckState.FAIL, List.of(Evidence.logLine(receivedLine)));
            return 128 + received;
        }
        return exitCode;
    }

    /** A signal to the wrapper: the first is passed on to the command, a second kills it. */
    private void onSignal(int number) {
        Process child;
        boolean first;
        synchronized (lock) {
            first = signal == 0;
            if (first) {
                signal = number;
                signalLine = run.log("ovc-run received " + SignalForwarder.name(number)
                        + "; forwarding it to the command and finishing the run as failed");
            }
            child = process;
        }
        if (child == null) {
            return;
        }
        if (first) {
            ProcessTree.terminate(child);
            Thread killer = new Thread(() -> {
                try {
                    if (!child.waitFor(KILL_AFTER_MS, TimeUnit.MILLISECONDS)) {
                        run.log("Command did not stop within " + KILL_AFTER_MS + " ms of the signal; killing it");
                        ProcessTree.kill(child);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ovc-run-kill-after");
            killer.setDaemon(true);
            killer.start();
        } else {
            ProcessTree.kill(child);
        }
    }

    /** Without signal handling the JVM's shutdown is the only warning: stop the command then. */
    private Thread stopOnShutdown(Process child) {
        Thread hook = new Thread(() -> {
            if (child.isAlive()) {
                ProcessTree.terminate(child);
                try {
                    if (!child.waitFor(KILL_AFTER_MS, TimeUnit.MILLISECONDS)) {
                        ProcessTree.kill(child);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "ovc-run-exec-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return hook;
        } catch (IllegalStateException shuttingDown) {
            return null;
        }
    }

    private static void removeHook(Thread hook) {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Already running: it finds the command gone and does nothing.
            }
        }
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // The command never reads stdin; nothing is lost.
        }
    }
}
