package ovc.run.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Whether a parsed evidence pointer points at something in its run: the one resolution the
 * runtime (when a run finishes), {@code ovc-run validate} and {@code ovc-run show} share.
 *
 * <p>run.json is given as a plain tree ({@link Map} objects, {@link List} arrays, anything else a
 * leaf); run.log by its number of lines; artifacts by the run folder.
 */
public final class EvidenceTargets {

    /** What {@link #jsonValue} returns when the path reaches no value (a JSON null is a value). */
    public static final Object NOTHING = new Object();

    private EvidenceTargets() {}

    /**
     * Whether {@code pointer} points at something.
     *
     * @param runTree run.json as a plain tree, or {@code null} when it cannot be read
     * @param logLines how many lines run.log has, line 1 included
     * @param folder the run folder
     */
    public static boolean resolves(EvidencePointer pointer, Object runTree, long logLines, Path folder) {
        // if, not a switch on the enum: that switch would be one more class for every run's finish to load.
        if (pointer.kind() == EvidencePointer.Kind.LOG_LINE) {
            return logLineExists(pointer, logLines);
        }
        if (pointer.kind() == EvidencePointer.Kind.RUN_JSON) {
            return runTree != null && jsonValue(pointer, runTree) != NOTHING;
        }
        return artifactFile(pointer, folder) != null;
    }

    /** Whether run.log, with {@code logLines} lines, has the line a {@code run.log:line:<n>} pointer names. */
    public static boolean logLineExists(EvidencePointer pointer, long logLines) {
        return pointer.kind() == EvidencePointer.Kind.LOG_LINE && pointer.line() <= logLines;
    }

    /** The value a {@code run.json:$...} pointer reaches in {@code runTree}, or {@link #NOTHING}. */
    public static Object jsonValue(EvidencePointer pointer, Object runTree) {
        if (pointer.kind() != EvidencePointer.Kind.RUN_JSON) {
            return NOTHING;
        }
        Object node = runTree;
        for (int i = 0; i < pointer.stepCount(); i++) {
            if (pointer.isIndex(i)) {
                long index = pointer.index(i);
                if (!(node instanceof List<?> list) || index >= list.size()) {
                    return NOTHING;
                }
                node = list.get((int) index);
            } else {
                if (!(node instanceof Map<?, ?> map) || !map.containsKey(pointer.member(i))) {
                    return NOTHING;
                }
                node = map.get(pointer.member(i));
            }
        }
        return node;
    }

    /**
     * The file an {@code artifacts/...} pointer names in {@code folder}, or {@code null} when there is
     * none: it must exist and be a regular file, and its real path (symbolic links resolved) must lie
     * under the folder's {@code artifacts/}, so a link cannot lead evidence out of the run.
     */
    public static Path artifactFile(EvidencePointer pointer, Path folder) {
        if (pointer.kind() != EvidencePointer.Kind.ARTIFACT || folder == null) {
            return null;
        }
        Path file = folder.resolve(pointer.artifactPath());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Path real = file.toRealPath();
            return real.startsWith(folder.toRealPath().resolve(EvidenceGrammar.ARTIFACTS))
                    ? file : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
