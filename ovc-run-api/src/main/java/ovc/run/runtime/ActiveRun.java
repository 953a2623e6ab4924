package ovc.run.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import ovc.run.format.CheckState;
import ovc.run.format.RunState;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.ClaimedFolder;
import ovc.run.artifact.EnvReport;
import ovc.run.artifact.Evidence;
import ovc.run.artifact.GitInfo;
import ovc.run.artifact.InputEntry;
import ovc.run.artifact.JsonValues;
import ovc.run.artifact.OutputEntry;
import ovc.run.artifact.RunFacts;
import ovc.run.artifact.RunLog;
import ovc.run.artifact.Secrets;
import ovc.run.artifact.TriggerInfo;
import ovc.run.format.StatusRule;
import ovc.run.format.StatusWords;

/**
 * One run between start and finish: what it has recorded so far. Every method may be called from
 * many threads at once. Created and finished only by {@link RunLifecycle}.
 */
public final class ActiveRun {

    // States as ints, not an enum: one class fewer for every run's start to load and initialise.
    private static final int ACTIVE = 0;
    private static final int FINISHING = 1;
    private static final int FINISHED = 2;

    private final String runId;
    private final Path directory;
    private final ClaimedFolder folder;
    private final boolean recorded;
    private final PipelineSpec spec;
    private final Instant started;
    private final TriggerInfo trigger;
    private final GitInfo git;
    private final EnvReport env;
    private final Secrets secrets;
    private final RunLog log;
    private final RunProblems problems;
    private final RunEnvironment environment;
    private final ActiveRun parent;

    private final Object lock = new Object();
    private final Set<InputEntry> inputs = new LinkedHashSet<>();
    private final Set<OutputEntry> outputs = new LinkedHashSet<>();
    private final Map<String, CheckEntry> checks = new LinkedHashMap<>();
    private RunState statusCap = RunState.SUCCESS;
    private volatile int state = ACTIVE;
    private volatile boolean sealAtFinish;
    private volatile boolean debug;

    ActiveRun(String runId, Path directory, ClaimedFolder folder, boolean recorded, PipelineSpec spec, Instant started,
            TriggerInfo trigger, GitInfo git, EnvReport env, Secrets secrets, RunLog log,
            RunProblems problems, RunEnvironment environment, ActiveRun parent) {
        this.runId = runId;
        this.directory = directory;
        this.folder = folder;
        this.recorded = recorded;
        this.spec = spec;
        this.started = started;
        this.trigger = trigger;
        this.git = git;
        this.env = env;
        this.secrets = secrets;
        this.log = log;
        this.problems = problems;
        this.environment = environment;
        this.parent = parent;
    }

    /** The run's id, {@code <UTC start>__<pipeline id>__<sha7>}. */
    public String runId() {
        return runId;
    }

    /** The pipeline the run is of. */
    public String pipelineId() {
        return spec.id();
    }

    /** The run's folder, {@code <reports>/<run_id>}. */
    public Path directory() {
        return directory;
    }

    /** The claimed folder the run's files are written through; {@code null} for an unrecorded run. */
    ClaimedFolder folder() {
        return folder;
    }

    /**
     * A file under the run's {@code artifacts/} folder, with its parent folders created.
     *
     * @throws IllegalArgumentException when the path is absolute or leaves the folder
     */
    public Path artifact(String relativePath) {
        Evidence.require("artifacts/" + relativePath);
        Path file = directory.resolve("artifacts").resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the artifacts folder of run " + runId, e);
        }
        return file;
    }

    /** The declaration this run is of. */
    public PipelineSpec spec() {
        return spec;
    }

    /** The run that was active on the starting thread, which records this one as an output. */
    public ActiveRun parent() {
        return parent;
    }

    /** Whether the folder was claimed; when not, the run is kept in memory only. */
    public boolean isRecorded() {
        return recorded;
    }

    /** Whether finishing has begun; later records are dropped. */
    public boolean isFinished() {
        return state != ACTIVE;
    }

    /**
     * Records an input; an equal input recorded before stays the only one. Never throws: a type that
     * is not snake_case is normalised, an input without a ref is left out (see {@link #warnBadValue}).
     */
    public void recordInput(String type, String ref, String range) {
        String safeType = RecordRules.identifier(this, "input type", type);
        if (safeType == null || RecordRules.missing(this, "input " + safeType, "ref", ref)) {
            return;
        }
        InputEntry entry = new InputEntry(safeType, secrets.mask(ref), secrets.mask(range));
        synchronized (lock) {
            if (accepting("input " + safeType)) {
                inputs.add(entry);
            }
        }
    }

    /**
     * Records an output; {@code extra} is copied, made JSON-safe and masked. Never throws: a bad
     * type or ref is handled as for inputs, a negative count is left out (see {@link #warnBadValue}).
     */
    public void recordOutput(String type, String ref, Long rowsWritten, Long rowsUpdated, Map<String, ?> extra) {
        String safeType = RecordRules.identifier(this, "output type", type);
        if (safeType == null || RecordRules.missing(this, "output " + safeType, "ref", ref)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> safeExtra = null;
        if (extra != null) {
            ExtraRules rules = new ExtraRules(safeType);
            safeExtra = (Map<String, Object>) JsonValues.sanitize(extra, rules, rules);
        }
        OutputEntry entry = new OutputEntry(safeType, secrets.mask(ref),
                RecordRules.count(this, safeType, "rows_written", rowsWritten),
                RecordRules.count(this, safeType, "rows_updated", rowsUpdated), safeExtra);
        synchronized (lock) {
            if (accepting("output " + safeType)) {
                outputs.add(entry);
            }
        }
    }

    /**
     * Masking and problem notes for an output's {@code extra}. A class, not a method reference and a
     * lambda: the first lambda a JVM links spins method-handle classes for milliseconds, and a run
     * that records extras would pay that on the way.
     */
    private final class ExtraRules implements UnaryOperator<String>, JsonValues.Problems {
        private final String type;

        ExtraRules(String type) {
            this.type = type;
        }

        @Override
        public String apply(String text) {
            return secrets.mask(text);
        }

        @Override
        public void changed(String problem, boolean lost) {
            warnBadValue("output " + type + " extra: " + problem, lost);
        }
    }

    /**
     * Records a check; its id, name and evidence are made valid now, not when the run finishes. An
     * id is one check per run: recording it again keeps its place, takes the worse status and the
     * newer name, and adds the new evidence, so a check that failed once stays failed. Never throws:
     * an id that is not snake_case is normalised, a missing name becomes the id, a missing status
     * {@code skip}, a null evidence is dropped and a malformed one left out (see {@link #warnBadValue}).
     */
    public void recordCheck(String id, String name, CheckState status, List<String> evidence) {
        String safeId = RecordRules.identifier(this, "check id", id);
        if (safeId == null) {
            return;
        }
        CheckEntry entry = new CheckEntry(safeId, secrets.mask(RecordRules.name(this, safeId, name)),
                RecordRules.status(this, safeId, status), RecordRules.evidence(this, safeId, evidence));
        synchronized (lock) {
            if (accepting("check " + safeId)) {
                CheckEntry earlier = checks.get(safeId);
                checks.put(safeId, earlier == null ? entry : earlier.mergedWith(entry));
            }
        }
    }

    /**
     * Reports a bad value a pipeline handed over, which was recorded in another form instead of
     * thrown back: one masked warning line on stderr and the same line in run.log (once per distinct
     * message). When information was {@code lost} (a record or part of it left out or replaced by a
     * placeholder), the run is also lowered to {@code partial}: the spec's "warnings" that make a run
     * partial. A documented normalisation (a snake_cased id, a non-finite number as a string, a null
     * dropped) does not lower it.
     */
    public void warnBadValue(String message, boolean lost) {
        String line = problems.noteOnce(secrets.mask(message));
        if (line != null && state == ACTIVE) {
            log.append(line);
        }
        if (lost) {
            lowerStatus(RunState.PARTIAL);
        }
    }

    /**
     * Reports that recording {@code what} failed in a way no rule foresaw (a bug of ours, a broken
     * library), so the caller can go on instead of throwing into pipeline code: one warning, and the
     * run is lowered to {@code partial} because the record is missing.
     */
    public void recordingFailed(String what, RuntimeException failure) {
        warnBadValue("could not record " + what + " (" + RunProblems.describe(failure) + "); it is left out", true);
    }

    /**
     * {@code text} with this run's secret values replaced by {@code ***}, as every file of the run
     * has them: for callers that must mask a piece before they transform it (quote, escape, copy).
     */
    public String mask(String text) {
        return secrets.mask(text);
    }

    /**
     * Where a line too long to hold whole may be cut into run.log lines without splitting a secret
     * between them (see {@link Secrets#cutPoint}): the capture and {@code exec} cut there.
     */
    public int cutPoint(String line) {
        return secrets.cutPoint(line);
    }

    /** Appends to run.log and returns the number of its first line. */
    public int log(String text) {
        return log.append(text);
    }

    /** Caps the final status: a run may be lowered to partial or failed, never raised. */
    public void lowerStatus(RunState status) {
        if (status == null) {
            return; // nothing to lower to; not worth an exception thrown into the pipeline
        }
        synchronized (lock) {
            statusCap = statusCap.worse(status);
        }
    }

    private boolean accepting(String what) {
        if (state == ACTIVE) {
            return true;
        }
        problems.note(what + " was recorded after the run finished; it is not in the run's files");
        return false;
    }

    // ---- used by RunLifecycle while finishing ----

    boolean beginFinishing() {
        synchronized (lock) {
            if (state != ACTIVE) {
                return false;
            }
            state = FINISHING;
            return true;
        }
    }

    void addFinishingCheck(CheckEntry check) {
        synchronized (lock) {
            CheckEntry earlier = checks.get(check.id());
            checks.put(check.id(), earlier == null ? check : earlier.mergedWith(check));
        }
    }

    /** The final status: {@link StatusRule} over the checks, lowered by the cap. */
    RunState deriveStatus(boolean errored) {
        synchronized (lock) {
            int failed = 0;
            int skipped = 0;
            // entrySet, not values(): the values view is two more JDK classes from outside the CDS
            // archive for every run to load, while the entry set is loaded anyway.
            for (Map.Entry<String, CheckEntry> entry : checks.entrySet()) {
                CheckEntry check = entry.getValue();
                if (check.status() == CheckState.FAIL) {
                    failed++;
                } else if (check.status() == CheckState.SKIP) {
                    skipped++;
                }
            }
            String word = StatusRule.runStatus(errored, failed, skipped);
            return statusNamed(word).worse(statusCap);
        }
    }

    /**
     * The status a {@link StatusRule} word names. A switch, not {@code RunState.valueOf}: on Java 25
     * an enum's first {@code valueOf} reaches {@code values()} through reflection, which generates
     * method-handle classes, some 170 more classes for every run's finish (StartupClassBudgetIT).
     */
    private static RunState statusNamed(String word) {
        switch (word) {
            case StatusWords.FAILED:
                return RunState.FAILED;
            case StatusWords.PARTIAL:
                return RunState.PARTIAL;
            case StatusWords.SUCCESS:
                return RunState.SUCCESS;
            default:
                throw new IllegalStateException("not a run status: " + word);
        }
    }

    RunFacts facts(Instant finished, RunState status) {
        synchronized (lock) {
            List<CheckEntry> checkList = new ArrayList<>(checks.size());
            for (Map.Entry<String, CheckEntry> entry : checks.entrySet()) {
                checkList.add(entry.getValue());
            }
            return new RunFacts(runId, spec.id(), spec.version(), started, finished, status, trigger, git, env,
                    new ArrayList<>(inputs), new ArrayList<>(outputs), checkList);
        }
    }

    /** Whether the folder is sealed when the run finishes (setting {@code seal}). */
    boolean sealAtFinish() {
        return sealAtFinish;
    }

    void sealAtFinish(boolean seal) {
        this.sealAtFinish = seal;
    }

    /** Whether this run explains its decisions on stderr (setting {@code debug}). */
    boolean debug() {
        return debug;
    }

    void debug(boolean on) {
        this.debug = on;
    }

    /** Marks the finish complete (files written, run.log closed) and wakes {@link #awaitFinished}. */
    void markFinished() {
        synchronized (lock) {
            state = FINISHED;
            lock.notifyAll();
        }
    }

    /**
     * Waits until the thread finishing this run has completed, at most until {@code deadlineNanos}
     * ({@link System#nanoTime}): the shutdown hook's way not to let the JVM halt mid-write.
     *
     * @return whether the finish completed in time (at once when no thread is finishing it)
     */
    boolean awaitFinished(long deadlineNanos) throws InterruptedException {
        synchronized (lock) {
            while (state == FINISHING) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(left / 1_000_000 + 1);
            }
            return true;
        }
    }

    RunLog runLog() {
        return log;
    }

    RunProblems problems() {
        return problems;
    }

    /** Prints one warning about a value this run could not record as given (once per distinct text). */
    public void note(String problem) {
        problems.note(problem);
    }

    RunEnvironment environment() {
        return environment;
    }

    EnvReport env() {
        return env;
    }

    TriggerInfo trigger() {
        return trigger;
    }

    GitInfo git() {
        return git;
    }

    Secrets secrets() {
        return secrets;
    }

    @Override
    public String toString() {
        return "run " + runId;
    }
}
