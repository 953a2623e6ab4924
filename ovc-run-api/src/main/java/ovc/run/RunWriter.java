package ovc.run;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ovc.run.artifact.RunFacts;
import ovc.run.runtime.ActiveRun;
import ovc.run.runtime.PipelineSpec;
import ovc.run.runtime.RunConfig;
import ovc.run.runtime.RunEnvironment;
import ovc.run.runtime.RunLifecycle;

/**
 * A run started and finished by code, for programs that do not use the agent. It is the same
 * runtime the agent uses, so it writes the same folder by the same rules.
 *
 * <pre>{@code
 * try (RunWriter run = RunWriter.start("P2-Backfill", "0.1.0", "OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL")) {
 *     try {
 *         run.input("oanda", "EUR_USD", "2026-01-01..2026-01-31");
 *         long written = backfill();
 *         run.output("neon_table", "ovc.ovc_blocks_v01_2h", written);
 *     } catch (RuntimeException e) {
 *         run.fail(e);          // check execution_error, status failed
 *         throw e;
 *     }
 * }                             // close(): finished with the status its checks give
 * }</pre>
 *
 * <p>The starting thread is bound to the run, so {@link Run} calls made under it (and in threads it
 * creates) record into it too. Unlike {@link Run}, a malformed identifier or count given here
 * throws {@link IllegalArgumentException} at once (the caller wrote it); bad values inside it (a
 * cyclic or throwing {@code extra}, a null evidence) are made safe as everywhere. {@link #start} throws {@link MissingEnvironmentException} when a
 * required variable is missing, after finishing the run as failed, so the body never runs.
 */
public final class RunWriter implements AutoCloseable, RunInfo {

    private final ActiveRun run;
    private volatile RunFacts result;

    private RunWriter(ActiveRun run) {
        this.run = run;
    }

    /**
     * Starts a run with the configuration of this process ({@code -Dovc.run.*}, {@code OVC_RUN_*}).
     *
     * @param pipelineId letters, digits and {@code -}
     * @param version semantic version
     * @param requiredEnv variable names, {@code A|B} for either
     * @throws MissingEnvironmentException when a required variable is unset or empty
     * @throws IllegalArgumentException when the declaration is malformed
     */
    public static RunWriter start(String pipelineId, String version, String... requiredEnv) {
        return builder(pipelineId, version).requiredEnv(requiredEnv).start();
    }

    /** A run with further settings: reports folder, trigger, strict mode. */
    public static Builder builder(String pipelineId, String version) {
        return new Builder(pipelineId, version);
    }

    /** Settings of one run; anything not set comes from the process's configuration. */
    public static final class Builder {
        private final String pipelineId;
        private final String version;
        private List<String> requiredEnv = List.of();
        private final Map<String, String> overrides = new HashMap<>();
        private RunEnvironment environment;

        private Builder(String pipelineId, String version) {
            this.pipelineId = pipelineId;
            this.version = version;
        }

        /** Required variables, {@code A|B} for either. */
        public Builder requiredEnv(String... names) {
            this.requiredEnv = List.of(names);
            return this;
        }

        /** The folder that holds run folders (default {@code reports/runs}). */
        public Builder reports(Path directory) {
            overrides.put("reports", directory.toString());
            return this;
        }

        /** An explicit trigger, e.g. {@code worker_cron}; null parts are detected. */
        public Builder trigger(String type, String source, String actor) {
            putIfSet("trigger", type);
            putIfSet("trigger.source", source);
            putIfSet("trigger.actor", actor);
            return this;
        }

        /** Whether a run that cannot be recorded fails instead of warning. */
        public Builder strict(boolean strict) {
            overrides.put("strict", Boolean.toString(strict));
            return this;
        }

        /**
         * The environment, clock and working directory to run in instead of this process's: for
         * the api's own tests (through their {@code TestWriters}), not part of the api, since
         * {@code RunEnvironment} is internal.
         */
        Builder environment(RunEnvironment environment) {
            this.environment = environment;
            return this;
        }

        /**
         * Starts the run.
         *
         * @throws MissingEnvironmentException when a required variable is missing (the run is
         *     already recorded as failed)
         * @throws RunRecordingException in strict mode, when the run folder cannot be created
         */
        public RunWriter start() {
            PipelineSpec spec = new PipelineSpec(pipelineId, version, requiredEnv);
            RunEnvironment env = environment != null ? environment : RunEnvironment.system();
            try {
                return new RunWriter(RunLifecycle.start(spec, RunConfig.resolve(overrides, env), env));
            } catch (RuntimeException e) {
                throw ApiExceptions.translated(e);
            }
        }

        private void putIfSet(String name, String value) {
            if (value != null) {
                overrides.put(name, value);
            }
        }
    }

    @Override
    public String runId() {
        return run.runId();
    }

    @Override
    public String pipelineId() {
        return run.pipelineId();
    }

    @Override
    public Path directory() {
        return run.directory();
    }

    @Override
    public Path artifact(String relativePath) {
        return run.artifact(relativePath);
    }

    /**
     * Records an input (see {@link Run#input(String, String)}).
     *
     * @throws IllegalArgumentException when the type is not snake_case or the ref is empty
     */
    public RunWriter input(String type, String ref) {
        Validated.input(type, ref);
        try {
            run.recordInput(type, ref, null);
        } catch (RuntimeException e) {
            throw ApiExceptions.translated(e);
        }
        return this;
    }

    /** Records an input with a range (see {@link Run#input(String, String, String)}); throws as {@link #input(String, String)}. */
    public RunWriter input(String type, String ref, String range) {
        Validated.input(type, ref);
        try {
            run.recordInput(type, ref, range);
        } catch (RuntimeException e) {
            throw ApiExceptions.translated(e);
        }
        return this;
    }

    /**
     * Records an output (see {@link Run#output(String, String)}).
     *
     * @throws IllegalArgumentException when the type is not snake_case or the ref is empty
     */
    public RunWriter output(String type, String ref) {
        Validated.output(type, ref, null, null);
        try {
            run.recordOutput(type, ref, null, null, null);
        } catch (RuntimeException e) {
            throw ApiExceptions.translated(e);
        }
        return this;
    }

    /** Records an output with rows written; throws as {@link #output(String, String)} and for a negative count. */
    public RunWriter output(String type, String ref, long rowsWritten) {
        Validated.output(type, ref, rowsWritten, null);
        try {
            run.recordOutput(type, ref, rowsWritten, null, null);
        } catch (RuntimeException e) {
            throw ApiExceptions.translated(e);
        }
        return this;
    }

    /** Records an output with rows written and updated; throws as {@link #output(String, String, long)}. */
    public RunWriter output(String type, String ref, long rowsWritten, long rowsUpdated) {
        Validated.output(type, ref, rowsWritten, rowsUpdated);
        try {
            run.recordOutput(type, ref, rowsWritten, rowsUpdated, null);
        } catch (RuntimeException e) {
            throw ApiExceptions.translated(e);
        }
        return this;
    }

    /**
     * Records an output with any of rows written, rows updated and extra facts ({@code null} for
     * none); throws as {@link #output(String, String, long)}. {@code extra} never throws: see
     * {@link Run#output(String, String, Map)}.
     */
    public RunWriter output(String type, String ref, Long rowsWritten, Long rowsUpdated, Map<String, ?> extra) {
        Validated.output(type, ref, rowsWritten, rowsUpdated);
        try {
            run.recordOutput(type, ref, rowsWritten, rowsUpdated, extra);
        } catch (RuntimeException e) {
            throw ApiExceptions.translated(e);
        }
        return this;
    }

    /**
     * Records a check (see {@link Run#check(String, String, CheckStatus, String...)}); a null
     * evidence is dropped with a warning.
     *
     * @throws IllegalArgumentException when the id is not snake_case, the name is empty, the status
     *     null or an evidence string malformed
     */
    public RunWriter check(String id, String name, CheckStatus status, String... evidence) {
        List<String> given = evidence == null ? null : Arrays.asList(evidence);
        Validated.check(id, name, status, given);
        try {
            run.recordCheck(id, name, CheckStatus.stateOf(status), given);
        } catch (RuntimeException e) {
            throw ApiExceptions.translated(e);
        }
        return this;
    }

    /** Appends to run.log; returns the number of the first line written. */
    public int log(String message) {
        try {
            return run.log(message);
        } catch (RuntimeException e) {
            throw ApiExceptions.translated(e);
        }
    }

    /** Caps the final status (see {@link Run#lowerStatus}). */
    public RunWriter lowerStatus(RunStatus status) {
        run.lowerStatus(RunStatus.stateOf(status));
        return this;
    }

    /**
     * Finishes the run as failed by {@code error}: check {@code execution_error} with the stack
     * trace in run.log. Does nothing when the run is already finished.
     *
     * @return the final status
     */
    public RunStatus fail(Throwable error) {
        return finishWith(error);
    }

    /**
     * Finishes the run with the status its checks give, lowered to {@code status} if that is worse
     * (for a pipeline that knows better than its checks, e.g. {@code PARTIAL} after a skipped batch).
     *
     * @return the final status
     */
    public RunStatus finish(RunStatus status) {
        run.lowerStatus(RunStatus.stateOf(status));
        return finishWith(null);
    }

    /** Finishes the run with the status its checks give, unless already finished. */
    @Override
    public void close() {
        finishWith(null);
    }

    /** The final status, or {@code null} while the run is active or when another path finished it. */
    public RunStatus status() {
        RunFacts facts = result;
        return facts == null ? null : RunStatus.of(facts.status());
    }

    private synchronized RunStatus finishWith(Throwable error) {
        RunFacts facts;
        try {
            facts = RunLifecycle.finish(run, error);
        } catch (RuntimeException e) {
            throw ApiExceptions.translated(e);
        }
        if (facts != null) {
            result = facts;
        }
        return status();
    }
}
