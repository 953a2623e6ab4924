package ovc.run.cli.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ovc.run.format.FolderLayout;
import ovc.run.format.RunId;
import ovc.run.format.StatusWords;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run folder as read from disk, once: run.json and checks.json parsed (or why they could not
 * be), run.log read on demand. Shared by {@code ls}, {@code show}, {@code status}, {@code validate}
 * and {@code verify}. A damaged folder never throws: every accessor answers {@code null} or a
 * fallback where a value is missing or of the wrong type, and {@link Document#problem()} says why.
 * {@link #state()} says whether the folder holds a finished run whose files agree.
 */
public final class RunFolder {

    // Duplicate keys would otherwise be silently collapsed (last one wins), hiding a writer bug.
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    /**
     * One JSON file of the folder.
     *
     * @param file its name
     * @param text its text, or {@code null} when it could not be read
     * @param json the parsed document, or {@code null} when missing or not JSON
     * @param problem why {@code json} is null ({@code missing}, {@code not valid JSON: ...}), else null
     * @param invalidUtf8At the offset of the first byte that is not well-formed UTF-8, or -1
     */
    public record Document(String file, String text, JsonNode json, String problem, long invalidUtf8At) {
        /** Whether the file exists (a symbolic link in its place counts: it is there, and wrong). */
        public boolean exists() {
            return text != null || (problem != null && problem.startsWith(SYMLINK));
        }
    }

    /** How a file that is a symbolic link instead of a file is described. */
    static final String SYMLINK = "is a symbolic link";

    /**
     * What run.log holds, read by streaming once.
     *
     * @param exists whether the file exists
     * @param firstLine line 1, or {@code null} when the file is missing or empty
     * @param lineCount how many lines (a last line without a newline counts)
     * @param firstNulLine the first line holding a NUL byte, or 0
     * @param invalidUtf8At the offset of the first byte that is not well-formed UTF-8, or -1
     * @param symlinkProblem {@code is a symbolic link (to ...), not a file} when run.log is one (then
     *     it is not read), else null
     */
    public record LogSummary(boolean exists, String firstLine, int lineCount, int firstNulLine, long invalidUtf8At,
            String symlinkProblem) {}

    private final Path directory;
    private final Document run;
    private final Document checks;
    private List<String> logLines;
    private LogSummary logSummary;
    private Classification classification;
    private boolean timesParsed;
    private Instant started;
    private Instant finished;

    private RunFolder(Path directory, Document run, Document checks) {
        this.directory = directory;
        this.run = run;
        this.checks = checks;
    }

    /** Reads run.json and checks.json of {@code directory}; run.log is read when first asked for. */
    public static RunFolder read(Path directory) {
        return new RunFolder(directory, document(directory, FolderLayout.RUN_JSON),
                document(directory, FolderLayout.CHECKS_JSON));
    }

    private static Document document(Path directory, String name) {
        Path file = directory.resolve(name);
        String link = symlinkProblem(file);
        if (link != null) {
            return new Document(name, null, null, link, -1);
        }
        byte[] bytes;
        try {
            bytes = readNoFollow(file);
        } catch (NoSuchFileException e) {
            return new Document(name, null, null, "missing", -1);
        } catch (IOException e) {
            return new Document(name, null, null, "cannot be read: " + e.getMessage(), -1);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        long invalid = Utf8Check.firstInvalid(bytes);
        try {
            JsonNode json = JSON.readTree(text);
            if (json == null || json.isMissingNode()) {
                return new Document(name, text, null, "empty file, not a JSON document", invalid);
            }
            if (!json.isObject()) {
                return new Document(name, text, null, "not a JSON object", invalid);
            }
            return new Document(name, text, json, null, invalid);
        } catch (JacksonException e) {
            return new Document(name, text, null, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"), invalid);
        }
    }

    /** {@code is a symbolic link (to <target>), not a file} when {@code file} is one, else null. */
    static String symlinkProblem(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return null;
        }
        String target;
        try {
            target = Files.readSymbolicLink(file).toString();
        } catch (IOException e) {
            target = "?";
        }
        return SYMLINK + " (to " + target + "), not a file";
    }

    // O_NOFOLLOW: a link swapped in after the check above is refused, not followed.
    private static byte[] readNoFollow(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }

    /** The folder. */
    public Path directory() {
        return directory;
    }

    /** The folder's name, which is the run_id of a well-formed run. */
    public String name() {
        return directory.getFileName().toString();
    }

    /** run.json. */
    public Document runJson() {
        return run;
    }

    /** checks.json (not read by {@link #readManifest}). */
    public Document checksJson() {
        return checks;
    }

    /** run.json's tree, or {@code null}. */
    public JsonNode run() {
        return run.json();
    }

    /** checks.json's tree, or {@code null}. */
    public JsonNode checks() {
        return checks.json();
    }

    /** run.json's run_id, else the folder name. */
    public String runId() {
        String id = text(run(), "run_id");
        return id != null ? id : name();
    }

    /** run.json's pipeline_id, else the middle part of the folder name, else {@code ?}. */
    public String pipelineId() {
        String id = text(run(), "pipeline_id");
        if (id != null) {
            return id;
        }
        RunId name = RunId.parse(name());
        return name != null ? name.pipelineId() : "?";
    }

    /** run.json's pipeline_version, or {@code null}. */
    public String pipelineVersion() {
        return text(run(), "pipeline_version");
    }

    /**
     * run.json's status when the folder is {@link FolderState#COMPLETE}, else the state's word
     * ({@code incomplete}, {@code damaged}): a folder that does not hold together has no status to trust.
     */
    public String status() {
        FolderState state = state();
        return state == FolderState.COMPLETE ? text(run(), "status") : state.word();
    }

    /** Whether the folder holds a finished run whose files agree. */
    public FolderState state() {
        return classification().state;
    }

    /** Why the folder is not {@link FolderState#COMPLETE}, the reason that decided first; empty when it is. */
    public List<String> stateReasons() {
        return classification().reasons;
    }

    /**
     * The temporary files in the folder ({@code .run.json.<unique>.tmp} and the like): each one a
     * write that never completed. Sorted by name.
     */
    public List<String> temporaryFiles() {
        return classification().temporaryFiles;
    }

    /** When the run started: started_utc, else the time in the folder name, else {@code null}. */
    public Instant started() {
        // Parsed once: ls sorts by it, calling it at each comparison.
        if (!timesParsed) {
            parseTimes();
        }
        return started;
    }

    /** finished_utc, or {@code null}. */
    public Instant finished() {
        if (!timesParsed) {
            parseTimes();
        }
        return finished;
    }

    private void parseTimes() {
        Instant start = instant(text(run(), "started_utc"));
        started = start != null ? start : nameTime();
        finished = instant(text(run(), "finished_utc"));
        timesParsed = true;
    }

    /** The time in the folder name (the run_id's first part), or {@code null}. */
    public Instant nameTime() {
        RunId name = RunId.parse(name());
        if (name == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(name.time(), COMPACT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** duration_ms, or {@code null}. */
    public Long durationMs() {
        JsonNode value = run() == null ? null : run().get("duration_ms");
        return value != null && value.canConvertToLong() && value.isIntegralNumber() ? value.asLong() : null;
    }

    /** The checks of checks.json that are objects; empty when it cannot be read. */
    public List<JsonNode> checkList() {
        JsonNode list = checks() == null ? null : checks().get("checks");
        if (list == null || !list.isArray()) {
            return List.of();
        }
        List<JsonNode> result = new ArrayList<>(list.size());
        list.forEach(check -> {
            if (check.isObject()) {
                result.add(check);
            }
        });
        return result;
    }

    /** Counts of pass, fail and skip among the checks. */
    public int[] statusCounts() {
        int[] counts = new int[3];
        for (JsonNode check : checkList()) {
            String status = text(check, "status");
            if (StatusWords.PASS.equals(status)) {
                counts[0]++;
            } else if (StatusWords.FAIL.equals(status)) {
                counts[1]++;
            } else if (StatusWords.SKIP.equals(status)) {
                counts[2]++;
            }
        }
        return counts;
    }

    /** Ids of the failed checks, in order. */
    public List<String> failedChecks() {
        List<String> failed = new ArrayList<>();
        for (JsonNode check : checkList()) {
            if (StatusWords.FAIL.equals(text(check, "status"))) {
                String id = text(check, "id");
                failed.add(id == null ? "?" : id);
            }
        }
        return failed;
    }

    /** Line 1 and the number of lines of run.log, streamed without holding the file. */
    public LogSummary logSummary() {
        if (logSummary == null) {
            logSummary = summarizeLog(directory.resolve(FolderLayout.RUN_LOG));
        }
        return logSummary;
    }

    /** Every line of run.log (invalid UTF-8 replaced); empty when it is missing. */
    public List<String> logLines() {
        if (logLines == null) {
            try {
                String text = new String(readNoFollow(directory.resolve(FolderLayout.RUN_LOG)), StandardCharsets.UTF_8);
                logLines = splitLines(text);
            } catch (IOException e) {
                logLines = Collections.emptyList();
            }
        }
        return logLines;
    }

    /** A field of an object node when it is a string, else {@code null}. */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** {@code 2026-01-19T06:15:12Z} as an instant, or {@code null} when it is not one. */
    public static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lines.add(text.substring(start, end));
            if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return lines;
    }

    private static LogSummary summarizeLog(Path file) {
        String link = symlinkProblem(file);
        if (link != null) {
            return new LogSummary(true, null, 0, 0, -1, link);
        }
        Utf8Check utf8 = new Utf8Check();
        int firstNul = 0;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 * 1024];
            ByteArrayOutputStream first = new ByteArrayOutputStream(128);
            boolean inFirst = true;
            int lines = 0;
            boolean pending = false;
            boolean afterCr = false;
            int read;
            while ((read = in.read(buffer)) > 0) {
                utf8.feed(buffer, read);
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == 0 && firstNul == 0) {
                        firstNul = lines + 1;
                    }
                    // Lines end at \n, \r or \r\n, as Files.readAllLines and run.log's writer count them.
                    if (b == '\n' || b == '\r') {
                        if (!(b == '\n' && afterCr)) {
                            lines++;
                        }
                        afterCr = b == '\r';
                        pending = false;
                        inFirst = false;
                    } else {
                        afterCr = false;
                        pending = true;
                        if (inFirst && first.size() < 4096) {
                            first.write(b);
                        }
                    }
                }
            }
            if (pending) {
                lines++;
            }
            String firstLine = lines == 0 ? null : first.toString(StandardCharsets.UTF_8);
            return new LogSummary(true, firstLine, lines, firstNul, utf8.invalidAt(), null);
        } catch (IOException e) {
            return new LogSummary(false, null, 0, 0, -1, null);
        }
    }

    private Classification classification() {
        if (classification == null) {
            classification = Classification.of(this);
        }
        return classification;
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
