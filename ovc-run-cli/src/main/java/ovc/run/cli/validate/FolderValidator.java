package ovc.run.cli.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ovc.run.cli.read.EvidenceResolver;
import ovc.run.cli.read.FolderState;
import ovc.run.cli.read.RunFolder;
import ovc.run.format.FolderLayout;
import ovc.run.format.RunId;
import ovc.run.format.StatusRule;
import ovc.run.format.StatusWords;
import ovc.run.runtime.RunLifecycle;
import tools.jackson.databind.JsonNode;

/**
 * Checks a run folder against the v0.1 contract: the JSON Schemas shipped in the api jar
 * ({@code /ovc/run/contracts/*.schema.json}), then the rules that span files, which a schema
 * cannot say.
 *
 * <p>Those rules: the folder name, both run_ids and run.log's line 1 {@code RUN_ID=<run_id>} agree;
 * the run_id's pipeline and sha7 parts match run.json and its time is not before started_utc;
 * duration_ms agrees with the whole-second timestamps to within a second; the summary counts the
 * check statuses; check ids are unique; env names are sorted; the run status follows from the
 * checks; a missing required variable shows as a failed {@code required_env_present}; every
 * evidence pointer resolves to a run.json value, an existing run.log line or a file under
 * {@code artifacts/}. A temporary file left in the folder (a write that never completed) is a
 * problem of its own, named.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class FolderValidator {

    /** Classpath location of the run.json schema. */
    public static final String RUN_SCHEMA = "/ovc/run/contracts/run.schema.json";
    /** Classpath location of the checks.json schema. */
    public static final String CHECKS_SCHEMA = "/ovc/run/contracts/checks.schema.json";

    private final Schema runSchema;
    private final Schema checksSchema;

    /** Loads both schemas from the api jar. */
    public FolderValidator() {
        // Draft 2020-12 treats "format" as an annotation; asserting it rejects impossible dates such as 2026-02-30.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        this.runSchema = load(registry, RUN_SCHEMA);
        this.checksSchema = load(registry, CHECKS_SCHEMA);
    }

    /** Every problem of {@code folder}; empty when it conforms. */
    public List<Problem> validate(RunFolder folder) {
        List<Problem> problems = new ArrayList<>();
        boolean runOk = schema(folder, folder.runJson(), runSchema, problems);
        boolean checksOk = schema(folder, folder.checksJson(), checksSchema, problems);
        RunFolder.LogSummary log = folder.logSummary();
        if (!log.exists()) {
            problems.add(new Problem(folder.name(), FolderLayout.RUN_LOG, "missing"));
        }
        bytes(folder, problems);
        for (String temporary : folder.temporaryFiles()) {
            problems.add(new Problem(folder.name(), temporary,
                    "temporary file left by a write that never completed (the run's finish was interrupted)"));
        }
        if (runOk && checksOk && log.exists()) {
            new Rules(folder, problems).check();
        } else if (runOk && log.exists()) {
            new Rules(folder, problems).identity(false);
        }
        if (problems.isEmpty() && folder.state() != FolderState.COMPLETE) {
            // The readers' rules and these agree by design; should they ever not, ls's word stands.
            problems.add(new Problem(folder.name(), "", folder.state().word() + ": " + folder.stateReasons().get(0)));
        }
        return problems;
    }

    /** What no schema sees: NUL bytes, bytes that are not UTF-8, a link in place of run.log. */
    private static void bytes(RunFolder folder, List<Problem> problems) {
        RunFolder.LogSummary log = folder.logSummary();
        if (log.symlinkProblem() != null) {
            problems.add(new Problem(folder.name(), FolderLayout.RUN_LOG, log.symlinkProblem()));
        }
        if (log.firstNulLine() > 0) {
            problems.add(new Problem(folder.name(), FolderLayout.RUN_LOG, "NUL byte on line " + log.firstNulLine()));
        }
        utf8(folder, FolderLayout.RUN_LOG, log.invalidUtf8At(), problems);
        utf8(folder, FolderLayout.RUN_JSON, folder.runJson().invalidUtf8At(), problems);
        utf8(folder, FolderLayout.CHECKS_JSON, folder.checksJson().invalidUtf8At(), problems);
    }

    private static void utf8(RunFolder folder, String file, long invalidAt, List<Problem> problems) {
        if (invalidAt >= 0) {
            problems.add(new Problem(folder.name(), file, "not valid UTF-8 (byte " + invalidAt + ")"));
        }
    }

    private static boolean schema(RunFolder folder, RunFolder.Document document, Schema schema, List<Problem> problems) {
        if (document.problem() != null) {
            problems.add(new Problem(folder.name(), document.file(), document.problem()));
            return false;
        }
        // The tree RunFolder parsed: the schema library reads the same Jackson 3 trees, so each file is parsed once.
        boolean ok = true;
        for (Error error : schema.validate(document.json())) {
            problems.add(new Problem(folder.name(), document.file(), error.toString()));
            ok = false;
        }
        return ok;
    }

    private static Schema load(SchemaRegistry registry, String resource) {
        try (InputStream in = FolderValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is not on the class path (it ships in ovc-run-api's jar)");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cross-file rules, for a folder whose documents already have the contract's shape. */
    private static final class Rules {
        private final RunFolder folder;
        private final JsonNode run;
        private final JsonNode checks;
        private final List<Problem> problems;

        Rules(RunFolder folder, List<Problem> problems) {
            this.folder = folder;
            this.run = folder.run();
            this.checks = folder.checks();
            this.problems = problems;
        }

        void check() {
            identity(true);
            timing();
            statuses();
            envLists();
            evidence();
        }

        void identity(boolean withChecks) {
            String runId = text(run, "run_id");
            expect(FolderLayout.RUN_JSON, runId.equals(folder.name()), "run_id %s differs from the folder name %s", runId,
                    folder.name());
            if (withChecks) {
                expect(FolderLayout.CHECKS_JSON, runId.equals(text(checks, "run_id")),
                        "run_id %s differs from run.json's run_id %s", text(checks, "run_id"), runId);
            }
            String firstLine = folder.logSummary().firstLine();
            expect(FolderLayout.RUN_LOG, (FolderLayout.RUN_ID_LINE_PREFIX + runId).equals(firstLine),
                    "line 1 is '%s', expected '" + FolderLayout.RUN_ID_LINE_PREFIX + "%s'",
                    firstLine == null ? "<empty file>" : abbreviate(firstLine), runId);

            RunId parts = RunId.parse(runId);
            if (parts == null) {
                return;
            }
            String sha = text(run.get("git"), "sha");
            String sha7 = text(run.get("git"), "sha7");
            expect(FolderLayout.RUN_JSON, parts.pipelineId().equals(text(run, "pipeline_id")),
                    "run_id's pipeline part %s differs from pipeline_id %s", parts.pipelineId(), text(run, "pipeline_id"));
            expect(FolderLayout.RUN_JSON, parts.sha7().equals(sha7), "run_id's sha part %s differs from git.sha7 %s",
                    parts.sha7(), sha7);
            expect(FolderLayout.RUN_JSON, sha.startsWith(sha7), "git.sha7 %s is not the start of git.sha %s", sha7, sha);
            // A run_id collision moves the id to a later free second: later than started_utc is fine, earlier is not.
            Instant idTime = folder.nameTime();
            Instant started = RunFolder.instant(text(run, "started_utc"));
            if (idTime != null && started != null && runId.equals(folder.name())) {
                expect(FolderLayout.RUN_JSON, !idTime.isBefore(started), "run_id time %s is before started_utc %s",
                        parts.time(), text(run, "started_utc"));
            }
        }

        private void timing() {
            Instant started = RunFolder.instant(text(run, "started_utc"));
            Instant finished = RunFolder.instant(text(run, "finished_utc"));
            if (started == null || finished == null) {
                return;
            }
            long wholeSecondsMs = finished.toEpochMilli() - started.toEpochMilli();
            long durationMs = run.get("duration_ms").asLong();
            expect(FolderLayout.RUN_JSON, !finished.isBefore(started), "finished_utc %s is before started_utc %s",
                    text(run, "finished_utc"), text(run, "started_utc"));
            // Both timestamps are truncated to the second, so the exact duration may differ by up to a second.
            expect(FolderLayout.RUN_JSON, Math.abs(durationMs - wholeSecondsMs) <= 1000,
                    "duration_ms %d disagrees with finished_utc - started_utc = %d ms", durationMs, wholeSecondsMs);
        }

        private void statuses() {
            int pass = 0;
            int fail = 0;
            int skip = 0;
            Set<String> ids = new HashSet<>();
            for (JsonNode check : checks.get("checks")) {
                String id = text(check, "id");
                expect(FolderLayout.CHECKS_JSON, ids.add(id), "check id %s appears more than once", id);
                switch (text(check, "status")) {
                    case StatusWords.PASS -> pass++;
                    case StatusWords.FAIL -> fail++;
                    default -> skip++;
                }
            }
            JsonNode summary = checks.get("summary");
            JsonNode summaryPass = summary.get(StatusWords.PASS);
            JsonNode summaryFail = summary.get(StatusWords.FAIL);
            JsonNode summarySkip = summary.get(StatusWords.SKIP);
            expect(FolderLayout.CHECKS_JSON, summaryPass.asLong() == pass && summaryFail.asLong() == fail
                            && summarySkip.asLong() == skip,
                    "summary (pass %s, fail %s, skip %s) does not count the checks (pass %d, fail %d, skip %d)",
                    summaryPass, summaryFail, summarySkip, pass, fail, skip);
            String status = text(run, "status");
            if (!StatusRule.allows(status, fail, skip)) {
                expect(FolderLayout.RUN_JSON, false, fail > 0 ? "status is %s but a check failed"
                        : "status is %s but not every check passed", status);
            }
            boolean requiredEnvFailed = hasCheck(RunLifecycle.REQUIRED_ENV_CHECK, StatusWords.FAIL);
            if (!run.get("env").get("missing").isEmpty()) {
                expect(FolderLayout.CHECKS_JSON, requiredEnvFailed,
                        "run.json's env.missing is not empty but no required_env_present check failed");
            } else {
                expect(FolderLayout.CHECKS_JSON, !requiredEnvFailed,
                        RunLifecycle.REQUIRED_ENV_CHECK + " failed but run.json's env.missing is empty");
            }
        }

        private void envLists() {
            for (String list : List.of("present", "missing")) {
                List<String> names = new ArrayList<>();
                run.get("env").get(list).forEach(name -> names.add(name.asString()));
                expect(FolderLayout.RUN_JSON, names.equals(names.stream().sorted().toList()), "env.%s %s is not sorted",
                        list, names);
            }
        }

        private void evidence() {
            for (JsonNode check : checks.get("checks")) {
                for (JsonNode pointer : check.get("evidence")) {
                    String evidence = pointer.asString();
                    if (evidence.startsWith("run.log:")) {
                        expect(FolderLayout.CHECKS_JSON, EvidenceResolver.logLineExists(folder, evidence),
                                "check %s: evidence %s points at nothing", text(check, "id"), evidence);
                        continue;
                    }
                    EvidenceResolver.Resolved resolved = EvidenceResolver.resolve(folder, evidence);
                    expect(FolderLayout.CHECKS_JSON, resolved.found(), "check %s: evidence %s points at nothing%s",
                            text(check, "id"), evidence, resolved.outside() ? ": it " + resolved.value() : "");
                }
            }
        }

        private boolean hasCheck(String id, String status) {
            for (JsonNode check : checks.get("checks")) {
                if (id.equals(text(check, "id")) && status.equals(text(check, "status"))) {
                    return true;
                }
            }
            return false;
        }

        private static String text(JsonNode node, String field) {
            String text = RunFolder.text(node, field);
            return text == null ? "" : text;
        }

        private static String abbreviate(String text) {
            return text.length() <= 120 ? text : text.substring(0, 117) + "...";
        }

        private void expect(String file, boolean ok, String format, Object... args) {
            if (!ok) {
                problems.add(new Problem(folder.name(), file, String.format(format, args)));
            }
        }
    }
}
