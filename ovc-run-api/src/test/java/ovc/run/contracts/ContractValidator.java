package ovc.run.contracts;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks run artifacts against the v0.1 run folder contract ({@code contracts/} at the repository root).
 *
 * <p>{@link #validateRun} and {@link #validateChecks} apply the JSON Schemas shipped in the api jar;
 * {@link #validateFolder} adds the rules that span files, which JSON Schema cannot express. Each
 * method returns one human-readable message per violation and an empty list when the artifact
 * conforms, so a test can write {@code assertThat(validator.validateFolder(dir)).isEmpty()} and
 * see every violation at once when it fails.
 *
 * <p>Instances are immutable and safe to share between tests.
 */
public final class ContractValidator {

    /** Classpath location of the run.json schema. */
    public static final String RUN_SCHEMA = "/ovc/run/contracts/run.schema.json";

    /** Classpath location of the checks.json schema. */
    public static final String CHECKS_SCHEMA = "/ovc/run/contracts/checks.schema.json";

    // Duplicate keys would otherwise be silently collapsed (last one wins), hiding a writer bug.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern JSON_PATH_STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[([0-9]+)]");
    private static final String RUN_JSON_EVIDENCE = "run.json:";
    private static final String RUN_LOG_EVIDENCE = "run.log:line:";

    private final Schema runSchema;
    private final Schema checksSchema;

    /** Loads both schemas from the classpath; fails fast if the api jar's resources are missing. */
    public ContractValidator() {
        // Draft 2020-12 treats "format" as an annotation only; asserting it also rejects impossible
        // timestamps such as 2026-02-30T00:00:00Z, which the pattern alone lets through.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        this.runSchema = load(registry, RUN_SCHEMA);
        this.checksSchema = load(registry, CHECKS_SCHEMA);
    }

    /**
     * Validates one run.json against {@code run.schema.json}.
     *
     * @return one message per violation, each naming the file and the JSON location; empty if valid
     */
    public List<String> validateRun(Path runJson) {
        return validate(runSchema, runJson);
    }

    /**
     * Validates one checks.json against {@code checks.schema.json}.
     *
     * @return one message per violation, each naming the file and the JSON location; empty if valid
     */
    public List<String> validateChecks(Path checksJson) {
        return validate(checksSchema, checksJson);
    }

    /**
     * Validates a whole run folder: both schemas, then the rules that tie its files together.
     *
     * <p>Those rules are: the folder name, both run_ids and run.log's first line {@code RUN_ID=<run_id>}
     * agree; the run_id's pipeline and sha7 parts match run.json; duration_ms agrees with the
     * whole-second timestamps to within a second; the summary counts the check statuses; check ids
     * are unique; env names are sorted; the run status follows from the checks; a missing required
     * variable shows as a failed {@code required_env_present}; every evidence pointer resolves to a
     * run.json value, an existing run.log line or a file under the folder.
     *
     * @return one message per violation; empty if the folder conforms
     */
    public List<String> validateFolder(Path runFolder) {
        Path runJson = runFolder.resolve("run.json");
        Path checksJson = runFolder.resolve("checks.json");
        Path runLog = runFolder.resolve("run.log");
        List<String> problems = new ArrayList<>();
        problems.addAll(validateRun(runJson));
        problems.addAll(validateChecks(checksJson));
        if (!Files.isRegularFile(runLog)) {
            problems.add(runLog + ": missing");
        }
        if (!problems.isEmpty()) {
            // The cross-file rules below assume both documents already have the contract's shape.
            return problems;
        }
        new FolderRules(runFolder, read(runJson), read(checksJson), readLines(runLog), problems).check();
        return problems;
    }

    private static Schema load(SchemaRegistry registry, String resource) {
        try (InputStream in = ContractValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Schema " + resource + " is not on the classpath; the ovc-run-api"
                        + " build copies ../contracts/*.schema.json there, so run the build, not a bare compile");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> validate(Schema schema, Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of(file + ": missing");
        }
        JsonNode document;
        try {
            document = read(file);
        } catch (JacksonException e) {
            return List.of(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(document)) {
            messages.add(file + ": " + error);
        }
        return messages;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file, UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cross-file rules for one folder whose documents already match their schemas. */
    private static final class FolderRules {
        private final Path folder;
        private final JsonNode run;
        private final JsonNode checks;
        private final List<String> logLines;
        private final List<String> problems;

        FolderRules(Path folder, JsonNode run, JsonNode checks, List<String> logLines, List<String> problems) {
            this.folder = folder;
            this.run = run;
            this.checks = checks;
            this.logLines = logLines;
            this.problems = problems;
        }

        void check() {
            identity();
            timing();
            checkStatuses();
            envLists();
            evidence();
        }

        private void identity() {
            String runId = text(run, "run_id");
            expect(runId.equals(folder.getFileName().toString()),
                    "folder name %s differs from run.json run_id %s", folder.getFileName(), runId);
            expect(runId.equals(text(checks, "run_id")),
                    "checks.json run_id %s differs from run.json run_id %s", text(checks, "run_id"), runId);
            String firstLine = logLines.isEmpty() ? "<empty file>" : logLines.get(0);
            expect(firstLine.equals("RUN_ID=" + runId), "run.log line 1 is '%s', expected 'RUN_ID=%s'", firstLine, runId);

            String[] parts = runId.split("__");
            String sha = text(run.get("git"), "sha");
            String sha7 = text(run.get("git"), "sha7");
            expect(parts[1].equals(text(run, "pipeline_id")),
                    "run_id pipeline part %s differs from pipeline_id %s", parts[1], text(run, "pipeline_id"));
            expect(parts[2].equals(sha7), "run_id sha part %s differs from git.sha7 %s", parts[2], sha7);
            expect(sha.startsWith(sha7), "git.sha7 %s is not the start of git.sha %s", sha7, sha);
            // A run_id collision moves the id to a later free second, so it may be later than started_utc, never earlier.
            String idSecond = parts[0].replaceFirst("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z",
                    "$1-$2-$3T$4:$5:$6Z");
            expect(!Instant.parse(idSecond).isBefore(Instant.parse(text(run, "started_utc"))),
                    "run_id time %s is before started_utc %s", parts[0], text(run, "started_utc"));
        }

        private void timing() {
            Instant started = Instant.parse(text(run, "started_utc"));
            Instant finished = Instant.parse(text(run, "finished_utc"));
            long wholeSecondsMs = Duration.between(started, finished).toMillis();
            long durationMs = run.get("duration_ms").asLong();
            expect(!finished.isBefore(started), "finished_utc %s is before started_utc %s", finished, started);
            // Both timestamps are truncated to the second, so the exact duration can differ by up to a second.
            expect(Math.abs(durationMs - wholeSecondsMs) <= 1000,
                    "duration_ms %d disagrees with finished_utc - started_utc = %d ms", durationMs, wholeSecondsMs);
        }

        private void checkStatuses() {
            int pass = 0;
            int fail = 0;
            int skip = 0;
            Set<String> ids = new HashSet<>();
            for (JsonNode check : checks.get("checks")) {
                String id = text(check, "id");
                expect(ids.add(id), "check id %s appears more than once", id);
                switch (text(check, "status")) {
                    case "pass" -> pass++;
                    case "fail" -> fail++;
                    default -> skip++;
                }
            }
            JsonNode summary = checks.get("summary");
            expect(summary.get("pass").asInt() == pass && summary.get("fail").asInt() == fail
                            && summary.get("skip").asInt() == skip,
                    "summary %s does not count the checks (pass %d, fail %d, skip %d)", summary, pass, fail, skip);

            String status = text(run, "status");
            expect(fail == 0 || status.equals("failed"), "a check failed but run status is %s", status);
            expect(!status.equals("success") || (fail == 0 && skip == 0),
                    "run status is success but not every check passed");
            if (!run.get("env").get("missing").isEmpty()) {
                expect(hasCheck("required_env_present", "fail"),
                        "env.missing is not empty but no required_env_present check failed");
            }
        }

        private void envLists() {
            for (String list : List.of("present", "missing")) {
                List<String> names = new ArrayList<>();
                run.get("env").get(list).forEach(name -> names.add(name.asString()));
                expect(names.equals(names.stream().sorted().toList()), "env.%s %s is not sorted", list, names);
            }
        }

        private void evidence() {
            for (JsonNode check : checks.get("checks")) {
                for (JsonNode pointer : check.get("evidence")) {
                    String evidence = pointer.asString();
                    expect(resolves(evidence), "check %s: evidence %s points at nothing", text(check, "id"), evidence);
                }
            }
        }

        private boolean resolves(String evidence) {
            if (evidence.startsWith(RUN_JSON_EVIDENCE)) {
                // The schema allows only '$' followed by .name and [index] steps, so these two cover every path.
                String path = evidence.substring(RUN_JSON_EVIDENCE.length() + 1);
                JsonNode node = run;
                Matcher step = JSON_PATH_STEP.matcher(path);
                while (step.find()) {
                    node = step.group(1) != null ? node.path(step.group(1)) : node.path(smallNumber(step.group(2)));
                }
                return !node.isMissingNode();
            }
            if (evidence.startsWith(RUN_LOG_EVIDENCE)) {
                int line = smallNumber(evidence.substring(RUN_LOG_EVIDENCE.length()));
                return line >= 1 && line <= logLines.size();
            }
            return Files.isRegularFile(folder.resolve(evidence));
        }

        /** The schema allows any number of digits; anything past nine cannot index a real file, so it becomes -1. */
        private static int smallNumber(String digits) {
            return digits.length() <= 9 ? Integer.parseInt(digits) : -1;
        }

        private boolean hasCheck(String id, String status) {
            for (JsonNode check : checks.get("checks")) {
                if (text(check, "id").equals(id) && text(check, "status").equals(status)) {
                    return true;
                }
            }
            return false;
        }

        private static String text(JsonNode node, String field) {
            return node.get(field).asString();
        }

        private void expect(boolean ok, String format, Object... args) {
            if (!ok) {
                problems.add(folder + ": " + String.format(format, args));
            }
        }
    }
}
