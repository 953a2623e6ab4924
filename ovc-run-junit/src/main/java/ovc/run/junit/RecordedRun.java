package ovc.run.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ovc.run.CheckStatus;
import ovc.run.RunStatus;
import ovc.run.json.JsonReader;
import org.opentest4j.AssertionFailedError;

/**
 * One recorded run folder, read when it was found: its run.json, checks.json and run.log. Each
 * {@code assert...} returns this run, so assertions chain; a failed one throws an
 * {@link AssertionFailedError} that names the run, its folder, and what it recorded instead.
 */
public final class RecordedRun {

    static final String RUN_JSON = "run.json";

    private final Path folder;
    private final Map<String, Object> run;
    private final List<Map<String, Object>> checks;
    private final List<String> log;
    private final FileTime finishedAt;

    private RecordedRun(Path folder, Map<String, Object> run, List<Map<String, Object>> checks, List<String> log,
            FileTime finishedAt) {
        this.folder = folder;
        this.run = run;
        this.checks = checks;
        this.log = log;
        this.finishedAt = finishedAt;
    }

    /** Reads the run in {@code folder}, which holds a run.json. */
    static RecordedRun read(Path folder) {
        try {
            Path runJson = folder.resolve(RUN_JSON);
            Map<String, Object> run = JsonReader.standard().readObject(Files.readString(runJson));
            Path checksJson = folder.resolve("checks.json");
            List<Map<String, Object>> checks = Files.isRegularFile(checksJson)
                    ? objects(JsonReader.standard().readObject(Files.readString(checksJson)).get("checks"))
                    : List.of();
            Path runLog = folder.resolve("run.log");
            List<String> log = Files.isRegularFile(runLog) ? Files.readAllLines(runLog, StandardCharsets.UTF_8) : List.of();
            return new RecordedRun(folder, run, checks, log, Files.getLastModifiedTime(runJson));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run in " + folder, e);
        }
    }

    /** The run's folder. */
    public Path folder() {
        return folder;
    }

    /** {@code run_id} of run.json. */
    public String runId() {
        return text(run.get("run_id"));
    }

    /** {@code pipeline_id} of run.json. */
    public String pipelineId() {
        return text(run.get("pipeline_id"));
    }

    /** {@code status} of run.json: {@code success}, {@code partial} or {@code failed}. */
    public String status() {
        return text(run.get("status"));
    }

    /** run.json as read: objects are maps, arrays lists, integers {@code Long}. */
    public Map<String, Object> runJson() {
        return run;
    }

    /** The checks of checks.json, each a map with {@code id}, {@code name}, {@code status}, {@code evidence}. */
    public List<Map<String, Object>> checks() {
        return checks;
    }

    /** run.log's lines; line 1 is {@code RUN_ID=<run_id>}. */
    public List<String> log() {
        return log;
    }

    String startedUtc() {
        return text(run.get("started_utc"));
    }

    FileTime finishedAt() {
        return finishedAt;
    }

    /** Fails unless run.json's status is {@code expected}. */
    public RecordedRun assertStatus(RunStatus expected) {
        String word = word(expected);
        if (!word.equals(status())) {
            throw failure("expected status " + word + " but was " + status(), word, status());
        }
        return this;
    }

    /** Fails unless checks.json holds check {@code id} with status {@code expected}. */
    public RecordedRun assertCheck(String id, CheckStatus expected) {
        String word = word(expected);
        for (Map<String, Object> check : checks) {
            if (id.equals(check.get("id"))) {
                String actual = text(check.get("status"));
                if (!word.equals(actual)) {
                    throw failure("expected check " + id + " to be " + word + " but it was " + actual, word, actual);
                }
                return this;
            }
        }
        throw failure("expected check " + id + " (" + word + ") but the run has no such check", id, null);
    }

    /** Fails unless run.json's inputs hold one of {@code type} and {@code ref}. */
    public RecordedRun assertInput(String type, String ref) {
        if (entry("inputs", type, ref) == null) {
            throw failure("expected input " + type + " " + ref + " but the run has none", type + " " + ref, null);
        }
        return this;
    }

    /** Fails unless run.json's outputs hold one of {@code type} and {@code ref}. */
    public RecordedRun assertOutput(String type, String ref) {
        if (entry("outputs", type, ref) == null) {
            throw failure("expected output " + type + " " + ref + " but the run has none", type + " " + ref, null);
        }
        return this;
    }

    /** Fails unless run.json's outputs hold one of {@code type} and {@code ref} with {@code rows_written}. */
    public RecordedRun assertOutput(String type, String ref, long rowsWritten) {
        assertOutput(type, ref);
        Object actual = entry("outputs", type, ref).get("rows_written");
        if (!Long.valueOf(rowsWritten).equals(actual)) {
            throw failure("expected output " + type + " " + ref + " with rows_written " + rowsWritten + " but it was "
                    + (actual == null ? "left out" : actual), rowsWritten, actual);
        }
        return this;
    }

    /** Fails unless a line of run.log contains {@code text}. */
    public RecordedRun assertLogContains(String text) {
        for (String line : log) {
            if (line.contains(text)) {
                return this;
            }
        }
        throw failure("expected a run.log line containing \"" + text + "\" but there is none; run.log:\n  "
                + String.join("\n  ", log), text, null);
    }

    private Map<String, Object> entry(String list, String type, String ref) {
        for (Map<String, Object> entry : objects(run.get(list))) {
            if (Objects.equals(type, entry.get("type")) && Objects.equals(ref, entry.get("ref"))) {
                return entry;
            }
        }
        return null;
    }

    /** The message a failure gives: what was expected, then the run as recorded, to see why at once. */
    private AssertionFailedError failure(String what, Object expected, Object actual) {
        return new AssertionFailedError("run " + runId() + ": " + what + "\n" + summary(), expected, actual);
    }

    /** The run as recorded: folder, status, checks, inputs and outputs, one line each. */
    String summary() {
        List<String> lines = new ArrayList<>();
        lines.add("  folder:  " + folder);
        lines.add("  status:  " + status());
        for (Map<String, Object> check : checks) {
            lines.add("  check:   " + check.get("id") + " " + check.get("status") + " " + check.get("evidence"));
        }
        for (Map<String, Object> input : objects(run.get("inputs"))) {
            lines.add("  input:   " + input.get("type") + " " + input.get("ref")
                    + (input.containsKey("range") ? " range " + input.get("range") : ""));
        }
        for (Map<String, Object> output : objects(run.get("outputs"))) {
            lines.add("  output:  " + output.get("type") + " " + output.get("ref")
                    + (output.containsKey("rows_written") ? " rows_written " + output.get("rows_written") : ""));
        }
        return String.join("\n", lines);
    }

    private static String word(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object list) {
        if (!(list instanceof List<?> items)) {
            return List.of();
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?>) {
                objects.add((Map<String, Object>) item);
            }
        }
        return objects;
    }

    @Override
    public String toString() {
        return "run " + runId() + "\n" + summary();
    }
}
