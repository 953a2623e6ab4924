package ovc.run.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import ovc.run.format.CheckState;
import ovc.run.format.RunState;
import ovc.run.artifact.ArtifactJson;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.ClaimedFolder;
import ovc.run.artifact.EnvReport;
import ovc.run.artifact.Evidence;
import ovc.run.artifact.GitInfo;
import ovc.run.artifact.RunFacts;
import ovc.run.artifact.RunLog;
import ovc.run.artifact.SecretNames;
import ovc.run.artifact.Secrets;
import ovc.run.artifact.TriggerInfo;
import ovc.run.format.FolderLayout;

/**
 * The one start and finish path of every run. The agent's advice, {@code RunWriter} and the
 * {@code exec} wrapper all call these methods, so a run behaves the same whoever started it.
 */
public final class RunLifecycle {

    /** Check made when required variables are declared. */
    public static final String REQUIRED_ENV_CHECK = "required_env_present";
    /** Check added when an exception ends a run. */
    public static final String EXECUTION_ERROR_CHECK = "execution_error";
    /** Check added when the process exits with a non-zero code inside a run. */
    public static final String EXIT_CODE_CHECK = "process_exit_code";
    /** Check added when the process ends (signal, exit) before the run finished. */
    public static final String TERMINATED_CHECK = "process_terminated";

    /**
     * How long, in all, the process's exit (SIGTERM, SIGINT, {@code System.exit}) waits for runs that
     * other threads are finishing: enough for a run of hundreds of thousands of checks, short enough
     * for a supervisor's grace period (Kubernetes and systemd allow 30 s and 90 s before kill -9).
     */
    public static final long EXIT_FINISH_WAIT_MILLIS = 5_000;

    private static final Object HOOK_LOCK = new Object();
    private static boolean hookInstalled;

    private RunLifecycle() {}

    /**
     * Starts a run: claims its folder, writes line 1 of run.log, announces {@code RUN_ID=} on
     * stdout, binds the current thread to it and evaluates the required environment.
     *
     * @throws RequiredEnvMissing when a required variable is missing; the run is then
     *     already finished as failed, and the caller must not run the pipeline's body
     * @throws StrictRecordingFailure in strict mode, when the folder cannot be created
     */
    public static ActiveRun start(PipelineSpec spec, RunConfig config, RunEnvironment environment) {
        // What this thread prints until its run is active (its RUN_ID= line, a start warning) is no
        // run's output: an unbound thread's lines go to the only active run, which is another's.
        RunCapture.startingOnThisThread(true);
        ActiveRun run;
        try {
            run = claimAndActivate(spec, config, environment);
        } finally {
            RunCapture.startingOnThisThread(false);
        }
        RunCapture.attach(run, config);
        run.sealAtFinish(config.seal());
        run.debug(config.debug());
        installShutdownHook();
        if (config.debug()) {
            RunDebug.started(run, config, run.trigger(), run.git(), run.env(), run.secrets());
        }
        // Asked here, not inside GithubActions: outside a workflow that class is never loaded.
        if (run.environment().inGithubActions()) {
            GithubActions.started(run);
        }
        run.log("Run started: pipeline " + spec.id() + " " + spec.version() + ", trigger " + run.trigger().type()
                + " (" + run.trigger().source() + ", " + run.trigger().actor() + "), git " + run.git().sha7() + " "
                + run.git().ref());
        checkRequiredEnv(run);
        return run;
    }

    /** {@link #start} up to the run being active and this thread bound to it. */
    private static ActiveRun claimAndActivate(PipelineSpec spec, RunConfig config, RunEnvironment environment) {
        // Loops and classes rather than lambdas on this path: each lambda linked here is class
        // spinning that every run pays at start-up.
        for (String problem : config.problems()) {
            Warnings.once(environment.err(), "WARNING: " + problem);
        }
        Instant started = environment.clock().instant();
        GitInfo git = GitResolver.resolve(environment.env(), environment.workingDirectory());
        TriggerInfo trigger = TriggerDetector.detect(config, environment.env());
        EnvReport env = RequiredEnv.evaluate(spec.requiredEnv(), environment.env());
        Secrets secrets = Secrets.of(environment.env(), SecretNames.withConfigured(config.secretNames()));
        Path reports = config.reportsDirectory();

        String runId;
        Path directory;
        ClaimedFolder folder;
        RunLog log;
        RunProblems problems;
        boolean recorded;
        try {
            RunIdAllocator.Claim claim = RunIdAllocator.claim(reports, started, spec.id(), git.sha7());
            runId = claim.runId();
            directory = claim.directory();
            folder = claim.folder();
            problems = new RunProblems(runId, config.strict(), environment.err());
            // By path, once, right after the claim and before any pipeline code runs: a folder swapped
            // later cannot redirect a file already open. Not through the claimed folder's FileChannel,
            // which an interrupted pipeline thread would close for the rest of the run.
            log = RunLog.create(directory.resolve(FolderLayout.RUN_LOG), runId, secrets, environment.clock(), problems);
            recorded = true;
        } catch (IOException e) {
            runId = RunIdAllocator.runId(started, spec.id(), git.sha7());
            String message = "cannot create the run folder of " + runId + " under " + reports + ": "
                    + RunProblems.describe(e);
            if (config.strict()) {
                throw new StrictRecordingFailure(message + " (strict mode)", e);
            }
            Warnings.once(environment.err(), "WARNING: " + message + "; the pipeline runs unrecorded");
            directory = reports.resolve(runId);
            folder = null;
            problems = new RunProblems(runId, false, environment.err());
            log = RunLog.detached(secrets, environment.clock());
            recorded = false;
        }
        environment.out().println("RUN_ID=" + runId);

        ActiveRun run = new ActiveRun(runId, directory, folder, recorded, spec, started, trigger, git, env, secrets, log,
                problems, environment, RunBinding.bound());
        RunObservers.started(run, config.overrides());
        RunBinding.activate(run, config.debug());
        return run;
    }

    private static void checkRequiredEnv(ActiveRun run) {
        if (run.spec().requiredEnv().isEmpty()) {
            return;
        }
        List<String> missing = run.env().missing();
        if (missing.isEmpty()) {
            run.recordCheck(REQUIRED_ENV_CHECK, "Required environment variables present", CheckState.PASS, List.of());
            return;
        }
        run.log("Missing required environment variables: " + String.join(", ", missing)
                + " (unset or empty); the pipeline body is not run");
        run.recordCheck(REQUIRED_ENV_CHECK, "Required environment variables present", CheckState.FAIL,
                List.of("run.json:$.env.missing"));
        finish(run, null);
        throw new RequiredEnvMissing(run.spec().id(), missing, run.runId());
    }

    /**
     * Finishes a run: records {@code error} (if any) as check {@code execution_error} with its
     * stack trace in run.log, derives the status, writes run.json and checks.json atomically and
     * closes run.log. A second call for the same run does nothing.
     *
     * @param error the exception that ended the run, or {@code null}
     * @return the run's final facts, or {@code null} when it was already finished
     * @throws StrictRecordingFailure in strict mode, when the files cannot be written
     */
    public static RunFacts finish(ActiveRun run, Throwable error) {
        if (!run.beginFinishing()) {
            return null;
        }
        try {
            if (error != null) {
                int line = run.log("Execution failed: " + stackTrace(error));
                run.addFinishingCheck(new CheckEntry(EXECUTION_ERROR_CHECK, "Execution failed: " + typeName(error),
                        CheckState.FAIL, List.of(Evidence.logLine(line))));
            }
            FinishEvidence.warnDangling(run);
            Instant finished = run.environment().clock().instant();
            RunState status = run.deriveStatus(error != null);
            RunFacts facts = run.facts(finished, status);
            if (run.debug()) {
                RunDebug.finished(run, facts, error != null);
            }
            run.log("Run finished: status " + status.word() + " in " + facts.durationMs() + " ms");
            if (run.isRecorded()) {
                writeArtifacts(run, facts);
                // Asked here, not inside RunSeal: a run that is not sealed never loads that class.
                if (run.sealAtFinish()) {
                    RunSeal.seal(run);
                }
            }
            if (run.environment().inGithubActions()) {
                GithubActions.finished(run, facts);
            }
            RunObservers.finished(run, facts, error);
            return facts;
        } finally {
            try {
                RunCapture.detach(run);
                run.runLog().close();
                closeFolder(run);
                RunBinding.deactivate(run);
                ActiveRun parent = run.parent();
                if (parent != null && !parent.isFinished()) {
                    parent.recordOutput("run", run.runId(), null, null, null);
                }
            } finally {
                // Last: a shutdown hook waiting for this finish lets the JVM halt once this is set.
                run.markFinished();
            }
        }
    }

    /**
     * checks.json first, run.json last: run.json is the commit point ({@link FolderLayout}), so a
     * process killed at any moment leaves either no run.json or every file. When checks.json cannot
     * be written, run.json is not written either, and the folder shows as incomplete.
     */
    private static void writeArtifacts(ActiveRun run, RunFacts facts) {
        try {
            run.folder().writeJson(FolderLayout.CHECKS_JSON, ArtifactJson.checksTree(facts));
            run.folder().writeJson(FolderLayout.RUN_JSON, ArtifactJson.runTree(facts));
        } catch (IOException e) {
            run.problems().failed("run.json and checks.json", e);
        }
    }

    private static void closeFolder(ActiveRun run) {
        if (run.folder() != null) {
            run.folder().release();
        }
    }

    /**
     * Finishes every active run because the process is ending: {@code System.exit(status)} when
     * {@code exitStatus} is given (0 keeps the derived status, anything else fails the run with a
     * check naming the code), a signal or an unexplained shutdown when it is {@code null}. A run
     * another thread is finishing at that moment is waited for, {@link #EXIT_FINISH_WAIT_MILLIS} at
     * most in all, so that the JVM does not halt while its files are half written.
     */
    public static void processExiting(Integer exitStatus) {
        long deadline = System.nanoTime() + EXIT_FINISH_WAIT_MILLIS * 1_000_000L;
        for (ActiveRun run : RunBinding.active()) {
            try {
                if (!run.isFinished()) {
                    finishForExit(run, exitStatus);
                }
                // Finished by us, done; begun by another thread (even between the check above and
                // finish), wait for it.
                if (!run.awaitFinished(deadline)) {
                    Warnings.once(run.environment().err(), "WARNING: " + run + " was still finishing "
                            + EXIT_FINISH_WAIT_MILLIS + " ms after the process began to exit; its folder may be"
                            + " incomplete");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Warnings.once(run.environment().err(), "WARNING: could not finish " + run + " at exit: "
                        + RunProblems.describe(e));
            }
        }
        RunObservers.processExiting();
    }

    private static void finishForExit(ActiveRun run, Integer exitStatus) {
        if (exitStatus == null) {
            int line = run.log("Process terminated before the run finished (signal or shutdown)");
            run.recordCheck(TERMINATED_CHECK, "Process terminated before the run finished", CheckState.FAIL,
                    List.of(Evidence.logLine(line)));
        } else if (exitStatus != 0) {
            int line = run.log("System.exit(" + exitStatus + ") called during the run");
            run.recordCheck(EXIT_CODE_CHECK, "Process exited with code " + exitStatus, CheckState.FAIL,
                    List.of(Evidence.logLine(line)));
        } else {
            run.log("System.exit(0) called during the run");
        }
        finish(run, null);
    }

    private static void installShutdownHook() {
        synchronized (HOOK_LOCK) {
            if (hookInstalled) {
                return;
            }
            try {
                Runtime.getRuntime().addShutdownHook(new Thread("ovc-run-shutdown") {
                    @Override
                    public void run() {
                        processExiting(null);
                    }
                });
                hookInstalled = true;
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting; the run that is starting now cannot be saved by a hook.
            }
        }
    }

    private static String typeName(Throwable error) {
        String simple = error.getClass().getSimpleName();
        return simple.isEmpty() ? error.getClass().getName() : simple;
    }

    private static String stackTrace(Throwable error) {
        // Not printStackTrace directly: a pipeline's exception whose getMessage() throws would leave the run unfinished.
        return ErrorText.stackTrace(error);
    }
}
