package ovc.run.runtime;

import java.io.File;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ovc.run.RunRef;
import ovc.run.Written;

/**
 * Turns the values that {@code @RunInput} and {@code @RunOutput} mark into a run's inputs and
 * outputs, by one set of rules whoever calls (the agent's advice today, generated code tomorrow).
 *
 * <ul>
 *   <li>The annotation's {@code ref}, when set, wins; its {@code range}, when set, too.</li>
 *   <li>Otherwise the value names itself: {@link RunRef} gives ref and range; a {@code CharSequence},
 *       {@code Path} or {@code File} (as given, not made absolute), {@code URI}, {@code URL},
 *       {@code UUID}, character, boolean, enum constant or number gives its string form.</li>
 *   <li>Arrays and {@code Iterable}s give one entry per element; {@code null} gives none.</li>
 *   <li>A returned {@code int}/{@code long} (boxed too) with a fixed ref is {@code rows_written};
 *       {@link Written} gives both counts.</li>
 * </ul>
 * A value that cannot name itself is left out with one warning, never turned into {@code toString()}
 * noise such as {@code Block@1b6d3586}.
 */
public final class AnnotatedValues {

    // Deep enough for a list of arrays; stops a list that contains itself.
    private static final int MAX_DEPTH = 4;

    private AnnotatedValues() {}

    /**
     * Records {@code value}, an argument or return value marked {@code @RunInput} with these
     * values ({@code ""} for an unset {@code ref} or {@code range}, as in the annotation), into
     * {@code run}. Values, not the annotation: woven code carries them as constants.
     */
    public static void recordInput(ActiveRun run, String type, String fixedRef, String declaredRange, Object value) {
        String fixedRange = emptyToNull(declaredRange);
        if (!fixedRef.isEmpty()) {
            String range = fixedRange != null ? fixedRange : value instanceof RunRef ref ? ref.range() : null;
            run.recordInput(type, fixedRef, range);
            return;
        }
        // A loop over a list, not a callback: a first lambda costs milliseconds while a run starts.
        for (Object element : elements(value)) {
            if (element instanceof RunRef ref) {
                if (ref.ref() != null) {
                    run.recordInput(type, ref.ref(), fixedRange != null ? fixedRange : ref.range());
                }
                continue;
            }
            String ref = refOf(run, element);
            if (ref != null) {
                run.recordInput(type, ref, fixedRange);
            } else {
                run.problems().note(unsupported("@RunInput(type = \"" + type + "\")", element));
            }
        }
    }

    /**
     * Records {@code value}, marked {@code @RunOutput} with these values ({@code ""} for an unset
     * {@code ref}), into {@code run}.
     *
     * @param returned whether {@code value} is a method's return value (only then is a number a row count)
     */
    public static void recordOutput(ActiveRun run, String type, String fixedRef, Object value, boolean returned) {
        if (!fixedRef.isEmpty()) {
            if (value instanceof Written written) {
                run.recordOutput(type, fixedRef, written.rowsWritten(), written.rowsUpdated(), null);
            } else if (returned && isWholeNumber(value)) {
                run.recordOutput(type, fixedRef, ((Number) value).longValue(), null, null);
            } else {
                run.recordOutput(type, fixedRef, null, null, null);
            }
            return;
        }
        for (Object element : elements(value)) {
            if (element instanceof Written written) {
                if (written.ref() != null) {
                    run.recordOutput(type, written.ref(), written.rowsWritten(), written.rowsUpdated(), null);
                } else {
                    run.problems().note("@RunOutput(type = \"" + type + "\") got Written without a ref and has no ref"
                            + " itself; set ref = \"...\" on the annotation");
                }
                continue;
            }
            if (element instanceof RunRef ref) {
                if (ref.ref() != null) {
                    run.recordOutput(type, ref.ref(), null, null, null);
                }
                continue;
            }
            if (element instanceof Number) {
                run.problems().note("@RunOutput(type = \"" + type + "\") got a count but names no ref;"
                        + " set ref = \"...\" so the count becomes rows_written");
                continue;
            }
            String ref = refOf(run, element);
            if (ref != null) {
                run.recordOutput(type, ref, null, null, null);
            } else {
                run.problems().note(unsupported("@RunOutput(type = \"" + type + "\")", element));
            }
        }
    }

    /**
     * The string a value is recorded as, or {@code null} when it cannot name itself; a value whose
     * {@code toString()} throws is recorded as {@code <toString() threw X>} (and the run lowered to partial).
     */
    static String refOf(ActiveRun run, Object value) {
        try {
            return refOf(value);
        } catch (RuntimeException thrown) {
            run.warnBadValue("the toString() of a " + value.getClass().getName() + " threw "
                    + thrown.getClass().getName() + "; recorded a placeholder", true);
            return "<toString() threw " + thrown.getClass().getName() + ">";
        }
    }

    /** The string a value is recorded as, or {@code null} when it cannot name itself. */
    static String refOf(Object value) {
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Path path) {
            return path.toString();
        }
        if (value instanceof File file) {
            return file.getPath();
        }
        if (value instanceof URI || value instanceof URL || value instanceof UUID || value instanceof Character
                || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return null;
    }

    /** The values {@code value} stands for: itself, or the elements of an array or Iterable, flattened. */
    private static List<Object> elements(Object value) {
        List<Object> elements = new ArrayList<>();
        addElements(value, 0, elements);
        return elements;
    }

    private static void addElements(Object value, int depth, List<Object> elements) {
        if (value == null) {
            return;
        }
        boolean container = value.getClass().isArray()
                // A Path iterates over its name elements and a DirectoryStream can be read only once.
                || (value instanceof Iterable<?> && !(value instanceof Path) && !(value instanceof DirectoryStream<?>));
        if (!container || depth >= MAX_DEPTH) {
            elements.add(value);
        } else if (value instanceof Iterable<?> iterable) {
            for (Object element : iterable) {
                addElements(element, depth + 1, elements);
            }
        } else {
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                addElements(Array.get(value, i), depth + 1, elements);
            }
        }
    }

    private static boolean isWholeNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    private static String unsupported(String annotation, Object value) {
        return annotation + " cannot name a " + value.getClass().getName() + " (a CharSequence, Path, File, URI, URL,"
                + " UUID, character, boolean, enum, number, RunRef, or an array or Iterable of them); set ref = \"...\" or implement"
                + " ovc.run.RunRef";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
