package ovc.run.openlineage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ovc.run.format.CheckState;
import ovc.run.format.RunState;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.EnvReport;
import ovc.run.artifact.GitInfo;
import ovc.run.artifact.InputEntry;
import ovc.run.artifact.OutputEntry;
import ovc.run.artifact.RunFacts;
import ovc.run.artifact.TriggerInfo;
import ovc.run.format.FolderLayout;
import ovc.run.json.JsonReader;
import ovc.run.runtime.RunLifecycle;

/**
 * A finished run folder read back into the facts the runtime had when it wrote it, and the error
 * text its run.log holds: what back-fill turns into the same events as live emission.
 *
 * @param facts run.json and checks.json as facts
 * @param directory the folder
 * @param error the stack trace logged for check {@code execution_error}, or {@code null}
 */
public record RunFolderFacts(RunFacts facts, Path directory, String error) {

    private static final String FAILED_PREFIX = "Execution failed: ";

    /**
     * Reads {@code directory}.
     *
     * @throws IOException when run.json or checks.json cannot be read
     * @throws RuntimeException naming the value when they are not a v0.1 run
     */
    public static RunFolderFacts read(Path directory) throws IOException {
        Map<String, Object> run = object(JsonReader.standard().read(text(directory.resolve(FolderLayout.RUN_JSON))));
        Map<String, Object> checks = object(JsonReader.standard().read(text(directory.resolve(FolderLayout.CHECKS_JSON))));
        Map<String, Object> trigger = object(run.get("trigger"));
        Map<String, Object> git = object(run.get("git"));
        Map<String, Object> env = object(run.get("env"));
        List<InputEntry> inputs = new ArrayList<>();
        for (Object item : list(run.get("inputs"))) {
            Map<String, Object> input = object(item);
            inputs.add(new InputEntry((String) input.get("type"), (String) input.get("ref"), (String) input.get("range")));
        }
        List<OutputEntry> outputs = new ArrayList<>();
        for (Object item : list(run.get("outputs"))) {
            Map<String, Object> output = object(item);
            outputs.add(new OutputEntry((String) output.get("type"), (String) output.get("ref"),
                    count(output.get("rows_written")), count(output.get("rows_updated")), null));
        }
        List<CheckEntry> checkList = new ArrayList<>();
        String error = null;
        for (Object item : list(checks.get("checks"))) {
            Map<String, Object> check = object(item);
            List<String> evidence = new ArrayList<>();
            for (Object pointer : list(check.get("evidence"))) {
                evidence.add((String) pointer);
            }
            CheckEntry entry = new CheckEntry((String) check.get("id"), (String) check.get("name"),
                    checkStatus((String) check.get("status")), evidence);
            checkList.add(entry);
            if (entry.id().equals(RunLifecycle.EXECUTION_ERROR_CHECK) && !evidence.isEmpty()) {
                error = loggedError(directory.resolve(FolderLayout.RUN_LOG), evidence.get(0));
            }
        }
        RunFacts facts = new RunFacts((String) run.get("run_id"), (String) run.get("pipeline_id"),
                (String) run.get("pipeline_version"), Instant.parse((String) run.get("started_utc")),
                Instant.parse((String) run.get("finished_utc")), runStatus((String) run.get("status")),
                new TriggerInfo((String) trigger.get("type"), (String) trigger.get("source"), (String) trigger.get("actor")),
                new GitInfo((String) git.get("sha"), (String) git.get("ref")),
                new EnvReport(strings(env.get("present")), strings(env.get("missing"))), inputs, outputs, checkList);
        return new RunFolderFacts(facts, directory, error);
    }

    /** The stack trace whose first line {@code run.log:line:N} points at, its continuation lines after it. */
    private static String loggedError(Path runLog, String pointer) {
        String prefix = "run.log:line:";
        if (!pointer.startsWith(prefix) || !Files.isRegularFile(runLog)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(runLog, StandardCharsets.UTF_8);
            int index = Integer.parseInt(pointer.substring(prefix.length())) - 1;
            if (index < 1 || index >= lines.size()) {
                return null;
            }
            String first = message(lines.get(index));
            if (!first.startsWith(FAILED_PREFIX)) {
                return null;
            }
            StringBuilder error = new StringBuilder(first.substring(FAILED_PREFIX.length()));
            for (int i = index + 1; i < lines.size(); i++) {
                String next = message(lines.get(i));
                if (!(next.startsWith("\t") || next.startsWith("Caused by: ") || next.startsWith("Suppressed: "))) {
                    break;
                }
                error.append('\n').append(next);
            }
            return error.toString();
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** A run.log line without its timestamp. */
    private static String message(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(space + 1);
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object, got " + value);
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> items ? items : List.of();
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        for (Object item : list(value)) {
            strings.add((String) item);
        }
        return strings;
    }

    private static Long count(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    private static CheckState checkStatus(String word) {
        switch (word) {
            case "pass": return CheckState.PASS;
            case "fail": return CheckState.FAIL;
            case "skip": return CheckState.SKIP;
            default: throw new IllegalArgumentException("check status '" + word + "' is not pass, fail or skip");
        }
    }

    private static RunState runStatus(String word) {
        switch (word) {
            case "success": return RunState.SUCCESS;
            case "partial": return RunState.PARTIAL;
            case "failed": return RunState.FAILED;
            default: throw new IllegalArgumentException("run status '" + word + "' is not success, partial or failed");
        }
    }
}
