package ovc.run.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ovc.run.artifact.ArtifactJson;
import ovc.run.artifact.RunFacts;
import ovc.run.artifact.Secrets;
import ovc.run.format.EvidenceGrammar;
import ovc.run.format.EvidencePointer;
import ovc.run.format.EvidenceTargets;
import ovc.run.format.FolderLayout;
import ovc.run.json.CanonicalJson;

/**
 * What a check's evidence points at, for the step summary: the run.json value as JSON text, the
 * run.log line's text (without its timestamp), or an artifact's size; masked, and cut to
 * {@link #LIMIT} characters so that a large value cannot swamp the summary. A pointer that leads
 * nowhere says so. Read once per summary: run.log is read when the first line pointer is met.
 */
final class SummaryEvidence {

    /** Characters shown of one value; the rest is in the run folder. */
    static final int LIMIT = 200;

    private final RunFacts facts;
    private final Path folder;
    private final Secrets secrets;
    private Object runTree;
    private List<String> logLines;

    SummaryEvidence(RunFacts facts, Path folder, Secrets secrets) {
        this.facts = facts;
        this.folder = folder;
        this.secrets = secrets;
    }

    /** The value {@code evidence} points at, masked and shortened; {@code null} when there is nothing to show. */
    String resolve(String evidence) {
        EvidencePointer pointer = EvidenceGrammar.parse(evidence);
        if (pointer == null) {
            return null;
        }
        String value;
        if (pointer.kind() == EvidencePointer.Kind.RUN_JSON) {
            if (runTree == null) {
                runTree = ArtifactJson.runTree(facts);
            }
            Object node = EvidenceTargets.jsonValue(pointer, runTree);
            value = node == EvidenceTargets.NOTHING ? "(not in run.json)" : oneLine(CanonicalJson.write(node));
        } else if (pointer.kind() == EvidencePointer.Kind.LOG_LINE) {
            value = logLine(pointer.line());
        } else {
            Path file = EvidenceTargets.artifactFile(pointer, folder);
            value = file == null ? "(no such file)" : size(file);
        }
        return shorten(secrets.mask(value));
    }

    /**
     * Canonical JSON on one line: its line breaks and their indentation go (a line break inside a
     * string is written {@code \\n}, so every real one is layout).
     */
    static String oneLine(String json) {
        StringBuilder flat = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\n') {
                while (i + 1 < json.length() && json.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                flat.append(c);
            }
        }
        return flat.toString();
    }

    private String logLine(long line) {
        if (logLines == null) {
            try {
                logLines = Files.readAllLines(folder.resolve(FolderLayout.RUN_LOG), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                logLines = List.of();
            }
        }
        if (line < 1 || line > logLines.size()) {
            return "(no such line in run.log)";
        }
        String text = logLines.get((int) (line - 1));
        // "<timestamp> <text>" from line 2 on; line 1 is RUN_ID=..., shown whole.
        int space = text.indexOf(' ');
        return line == 1 || space < 0 ? text : text.substring(space + 1);
    }

    private static String size(Path file) {
        try {
            return "file, " + Files.size(file) + " bytes";
        } catch (IOException e) {
            return "(unreadable file)";
        }
    }

    private static String shorten(String text) {
        if (text.length() <= LIMIT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
        return text.substring(0, end) + "…";
    }
}
