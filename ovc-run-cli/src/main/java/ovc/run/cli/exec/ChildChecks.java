package ovc.run.cli.exec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ovc.run.format.CheckState;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.Evidence;
import ovc.run.format.EvidenceGrammar;
import ovc.run.format.EvidencePointer;
import ovc.run.format.EvidenceTargets;
import ovc.run.format.StatusWords;
import ovc.run.json.JsonReader;
import ovc.run.json.JsonSyntaxException;
import ovc.run.runtime.ActiveRun;
import ovc.run.runtime.RunLifecycle;

/**
 * Checks a wrapped command adds by appending JSON lines to {@code $OVC_RUN_DIR/checks.jsonl}:
 *
 * <pre>{@code {"id": "rows_loaded", "name": "Rows loaded", "status": "pass", "evidence": ["artifacts/load.json"]}}</pre>
 *
 * <p>The line format is {@code contracts/checks-line.schema.json}. After the command exits each
 * line is validated like a {@code Run.check} call (snake_case id,
 * a name, pass/fail/skip, evidence in one of the three forms, an {@code artifacts/} file that
 * exists, a run.log line that exists, no key twice) and merged into the run; an id given twice
 * keeps the worse status. The ids of ovc-run's own checks ({@link #BUILT_IN}) are refused: a command
 * cannot rename or pass {@code command_exit_code}. The file is then replaced by a masked copy at
 * {@code artifacts/checks.jsonl} ({@link MaskedCopy}), so the run folder keeps the v0.1 layout, the
 * evidence of a bad line can point at it, and no secret the command wrote into it stays in the
 * folder. A bad line never stops the merge: it is reported on stderr and in run.log and fails check
 * {@code child_checks_valid}, which names the line.
 */
final class ChildChecks {

    /** The file a command writes, relative to its run folder. */
    static final String FILE = "checks.jsonl";
    /** Where it is kept after merging. */
    static final String KEPT = "artifacts/checks.jsonl";
    /** The check that fails when a line is invalid. */
    static final String VALID_CHECK = "child_checks_valid";

    /** The checks ovc-run itself records around a command, which the command may not write. */
    static final Set<String> BUILT_IN = Set.of(CommandRunner.EXIT_CHECK, VALID_CHECK,
            RunLifecycle.REQUIRED_ENV_CHECK, RunLifecycle.EXECUTION_ERROR_CHECK, RunLifecycle.EXIT_CODE_CHECK,
            RunLifecycle.TERMINATED_CHECK);

    private static final Set<String> FIELDS = Set.of("id", "name", "status", "evidence");
    // As contracts/checks-line.schema.json says: a key once, nothing after the object.
    private static final JsonReader LINE_READER = JsonReader.standard().rejectingDuplicateKeys();

    private ChildChecks() {}

    /**
     * Merges the checks of {@code $OVC_RUN_DIR/checks.jsonl} into {@code run}, if the file exists.
     *
     * @param mask what hides secrets in the check names and in the copy kept under {@code artifacts/}
     * @param lastLogLine the number of run.log's last line now; evidence may not point further
     * @return how many checks were merged
     */
    static int merge(ActiveRun run, ExecMask mask, int lastLogLine, PrintStream err) {
        Path file = run.directory().resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        List<String> lines;
        try {
            lines = splitLines(Files.readAllBytes(file));
        } catch (IOException e) {
            int line = run.log("checks.jsonl cannot be read: " + e.getMessage());
            run.recordCheck(VALID_CHECK, "Checks written to checks.jsonl are valid (the file cannot be read)",
                    CheckState.FAIL, List.of(Evidence.logLine(line)));
            err.println("[ovc-run] WARNING: " + run.runId() + ": checks.jsonl cannot be read: " + e.getMessage());
            return 0;
        }
        boolean kept = MaskedCopy.replace(run, mask, file, run.directory().resolve(KEPT), lines);
        int merged = 0;
        List<Integer> badLines = new ArrayList<>();
        List<String> badEvidence = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                CheckEntry check = parse(text, run.directory(), lastLogLine);
                if (BUILT_IN.contains(check.id())) {
                    throw new IllegalArgumentException("check id '" + check.id()
                            + "' is one ovc-run records itself; a command cannot write it (use an id of its own)");
                }
                run.recordCheck(check.id(), mask.maskArguments(check.name()), check.status(), check.evidence());
                merged++;
            } catch (IllegalArgumentException e) {
                int number = i + 1;
                String message = mask.mask("checks.jsonl line " + number + " is not a valid check: " + e.getMessage());
                err.println("[ovc-run] WARNING: " + run.runId() + ": " + message);
                badLines.add(number);
                badEvidence.add(Evidence.logLine(run.log(message)));
            }
        }
        if (!badLines.isEmpty()) {
            if (kept) {
                badEvidence.add(KEPT);
            }
            run.recordCheck(VALID_CHECK, "Checks written to checks.jsonl are valid (invalid: line"
                    + (badLines.size() == 1 ? " " : "s ") + join(badLines) + ")", CheckState.FAIL, badEvidence);
        } else {
            run.recordCheck(VALID_CHECK, "Checks written to checks.jsonl are valid", CheckState.PASS, List.of());
        }
        run.log("Merged " + merged + " check" + (merged == 1 ? "" : "s") + " from checks.jsonl"
                + (badLines.isEmpty() ? "" : ", " + badLines.size() + " invalid line" + (badLines.size() == 1 ? "" : "s")));
        return merged;
    }

    /** One line as a check, or an exception saying what is wrong with it. */
    static CheckEntry parse(String text, Path runDirectory, int lastLogLine) {
        Object value;
        try {
            value = LINE_READER.read(text);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException("not JSON (" + e.getMessage() + ")");
        }
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<?, ?> node = (Map<?, ?>) value;
        for (Object name : node.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "' (a check has id, name, status, evidence)");
            }
        }
        String id = string(node, "id");
        String name = string(node, "name");
        String statusText = string(node, "status");
        CheckState status = switch (statusText) {
            case StatusWords.PASS -> CheckState.PASS;
            case StatusWords.FAIL -> CheckState.FAIL;
            case StatusWords.SKIP -> CheckState.SKIP;
            default -> throw new IllegalArgumentException("status '" + statusText + "' is not pass, fail or skip");
        };
        List<String> evidence = new ArrayList<>();
        Object list = node.get("evidence");
        if (list != null) {
            if (!(list instanceof List)) {
                throw new IllegalArgumentException("evidence must be an array of strings");
            }
            for (Object item : (List<?>) list) {
                if (!(item instanceof String)) {
                    throw new IllegalArgumentException("evidence must be an array of strings, found " + kind(item));
                }
                evidence.add((String) item);
            }
        }
        CheckEntry check = new CheckEntry(id, name, status, evidence);
        for (String item : check.evidence()) {
            EvidencePointer pointer = EvidenceGrammar.parse(item);
            if (pointer.kind() == EvidencePointer.Kind.ARTIFACT && EvidenceTargets.artifactFile(pointer, runDirectory) == null) {
                throw new IllegalArgumentException("evidence " + item + " points at no file in the run folder");
            }
            if (pointer.kind() == EvidencePointer.Kind.LOG_LINE && !EvidenceTargets.logLineExists(pointer, lastLogLine)) {
                throw new IllegalArgumentException("evidence " + item + " is past run.log's last line (" + lastLogLine + ")");
            }
        }
        return check;
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof Map ? "an object" : value instanceof List ? "an array" : value.toString();
    }

    private static String string(Map<?, ?> node, String field) {
        Object value = node.get(field);
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return (String) value;
    }

    private static List<String> splitLines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String join(List<Integer> numbers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < numbers.size() && i < 10; i++) {
            text.append(i == 0 ? "" : ", ").append(numbers.get(i));
        }
        if (numbers.size() > 10) {
            text.append(String.format(Locale.ROOT, " and %d more", numbers.size() - 10));
        }
        return text.toString();
    }
}
