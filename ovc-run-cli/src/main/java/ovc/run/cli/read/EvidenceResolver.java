package ovc.run.cli.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ovc.run.format.EvidenceGrammar;
import ovc.run.format.EvidencePointer;
import ovc.run.format.EvidenceTargets;
import tools.jackson.databind.JsonNode;

/**
 * Resolves a check's evidence string against its run folder: the JSON value, the log line, the
 * file. The grammar and the rule of what exists are the runtime's own ({@link EvidenceGrammar},
 * {@link EvidenceTargets}), so {@code validate}, {@code show} and a finishing run agree.
 */
public final class EvidenceResolver {

    /**
     * What one evidence pointer points at.
     *
     * @param found whether it points at something that exists
     * @param value what it points at, for people: a JSON value, a log line's text, a file's size;
     *     or why it points at nothing
     */
    public record Resolved(boolean found, String value) {
        /** Whether it points, through a symbolic link, at something outside the run folder. */
        public boolean outside() {
            return !found && value.startsWith(OUTSIDE);
        }
    }

    private static final String OUTSIDE = "resolves outside the run folder";

    // run.json as a plain tree, converted once per folder: validate resolves every pointer of every check.
    private static final Object LOCK = new Object();
    private static JsonNode lastRun;
    private static Object lastTree;

    private EvidenceResolver() {}

    /** Resolves {@code evidence} in {@code folder}; never throws. */
    public static Resolved resolve(RunFolder folder, String evidence) {
        EvidencePointer pointer = EvidenceGrammar.parse(evidence);
        if (pointer == null) {
            return new Resolved(false, EvidenceGrammar.FORMS);
        }
        switch (pointer.kind()) {
            case RUN_JSON:
                return jsonValue(folder.run(), pointer);
            case LOG_LINE:
                return logLine(folder, pointer);
            default:
                return artifact(folder.directory(), pointer);
        }
    }

    /** Whether the line exists, using only the streamed summary of run.log (cheap for validate). */
    public static boolean logLineExists(RunFolder folder, String evidence) {
        EvidencePointer pointer = EvidenceGrammar.parse(evidence);
        return pointer != null && EvidenceTargets.logLineExists(pointer, folder.logSummary().lineCount());
    }

    private static Resolved jsonValue(JsonNode run, EvidencePointer pointer) {
        if (run == null) {
            return new Resolved(false, "run.json cannot be read");
        }
        Object value = EvidenceTargets.jsonValue(pointer, plainTree(run));
        if (value == EvidenceTargets.NOTHING) {
            return new Resolved(false, "no such value in run.json");
        }
        return new Resolved(true, valueNode(run, pointer).toString());
    }

    /** The Jackson node at a path {@link EvidenceTargets} found, for its JSON text. */
    private static JsonNode valueNode(JsonNode run, EvidencePointer pointer) {
        JsonNode node = run;
        for (int i = 0; i < pointer.stepCount(); i++) {
            node = pointer.isIndex(i) ? node.path((int) pointer.index(i)) : node.path(pointer.member(i));
        }
        return node;
    }

    private static Resolved logLine(RunFolder folder, EvidencePointer pointer) {
        List<String> lines = folder.logLines();
        if (!EvidenceTargets.logLineExists(pointer, lines.size())) {
            return new Resolved(false, "run.log has " + lines.size() + " lines");
        }
        return new Resolved(true, lines.get((int) pointer.line() - 1));
    }

    private static Resolved artifact(Path directory, EvidencePointer pointer) {
        Path file = EvidenceTargets.artifactFile(pointer, directory);
        if (file == null) {
            Path named = directory.resolve(pointer.artifactPath());
            if (!Files.exists(named)) {
                return new Resolved(false, "no such file");
            }
            // Never the outside file's size or text: only that the link leaves the folder, and to where.
            String outside = outside(directory, named);
            return new Resolved(false, outside != null ? outside
                    : Files.isRegularFile(named) ? "leads outside the run folder's artifacts/" : "not a regular file");
        }
        try {
            return new Resolved(true, Files.size(file) + " bytes");
        } catch (IOException e) {
            return new Resolved(true, "size unknown");
        }
    }

    /** {@code resolves outside the run folder (to <real path>)} when links lead {@code file} out of {@code directory}. */
    private static String outside(Path directory, Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(directory.toRealPath()) ? null : OUTSIDE + " (to " + real + ")";
        } catch (IOException | SecurityException e) {
            return OUTSIDE + " (cannot be resolved: " + e.getMessage() + ")";
        }
    }

    /** {@code run} as Maps, Lists and leaves, the tree {@link EvidenceTargets} walks. */
    static Object plainTree(JsonNode run) {
        synchronized (LOCK) {
            if (run != lastRun) {
                lastTree = plain(run);
                lastRun = run;
            }
            return lastTree;
        }
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                map.put(field.getKey(), plain(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(plain(item));
            }
            return list;
        }
        // Only the shape matters for resolution; show prints the Jackson node's own text.
        return node.isNull() ? null : node.asString();
    }
}
