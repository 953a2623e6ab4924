package ovc.run.cli.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves a check's evidence string against its run folder: the JSON value, the log line, the file. */
public final class EvidenceResolver {

    private static final String RUN_JSON = "run.json:";
    private static final String RUN_LOG = "run.log:line:";
    private static final String ARTIFACTS = "artifacts/";
    private static final Pattern JSON_PATH = Pattern.compile(
            "^\\$(\\.[A-Za-z_][A-Za-z0-9_]*|\\[(0|[1-9][0-9]*)])+$");
    private static final Pattern JSON_PATH_STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[([0-9]+)]");

    /**
     * What one evidence pointer points at.
     *
     * @param found whether it points at something that exists
     * @param value what it points at, for people: a JSON value, a log line's text, a file's size;
     *     or why it points at nothing
     */
    public record Resolved(boolean found, String value) {}

    private EvidenceResolver() {}

    /** Resolves {@code evidence} in {@code folder}; never throws. */
    public static Resolved resolve(RunFolder folder, String evidence) {
        if (evidence.startsWith(RUN_JSON)) {
            return jsonValue(folder.run(), evidence.substring(RUN_JSON.length()));
        }
        if (evidence.startsWith(RUN_LOG)) {
            return logLine(folder, evidence.substring(RUN_LOG.length()));
        }
        if (evidence.startsWith(ARTIFACTS)) {
            return artifact(folder.directory(), evidence);
        }
        return new Resolved(false, "not one of run.json:$.<path>, run.log:line:<n>, artifacts/<path>");
    }

    /** Whether the line exists, using only the streamed summary of run.log (cheap for validate). */
    public static boolean logLineExists(RunFolder folder, String evidence) {
        if (!evidence.startsWith(RUN_LOG)) {
            return false;
        }
        long line = number(evidence.substring(RUN_LOG.length()));
        return line >= 1 && line <= folder.logSummary().lineCount();
    }

    private static Resolved jsonValue(JsonNode run, String path) {
        if (run == null) {
            return new Resolved(false, "run.json cannot be read");
        }
        if (!JSON_PATH.matcher(path).matches()) {
            return new Resolved(false, "not a JSONPath of .name and [index] steps starting with $");
        }
        JsonNode node = run;
        Matcher step = JSON_PATH_STEP.matcher(path.substring(1));
        while (step.find()) {
            if (step.group(1) != null) {
                node = node.path(step.group(1));
            } else {
                long index = number(step.group(2));
                node = index > Integer.MAX_VALUE ? node.path(-1) : node.path((int) index);
            }
        }
        if (node.isMissingNode()) {
            return new Resolved(false, "no such value in run.json");
        }
        return new Resolved(true, node.toString());
    }

    private static Resolved logLine(RunFolder folder, String number) {
        long line = number(number);
        if (line < 1) {
            return new Resolved(false, "not a line number");
        }
        var lines = folder.logLines();
        if (line > lines.size()) {
            return new Resolved(false, "run.log has " + lines.size() + " lines");
        }
        return new Resolved(true, lines.get((int) line - 1));
    }

    private static Resolved artifact(Path directory, String relative) {
        Path file = directory.resolve(relative).normalize();
        if (!file.startsWith(directory.resolve("artifacts"))) {
            return new Resolved(false, "points outside the run folder's artifacts/");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Resolved(false, Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "not a regular file" : "no such file");
        }
        try {
            return new Resolved(true, Files.size(file) + " bytes");
        } catch (java.io.IOException e) {
            return new Resolved(true, "size unknown");
        }
    }

    private static long number(String digits) {
        if (digits.isEmpty() || digits.length() > 12) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(digits);
    }
}
