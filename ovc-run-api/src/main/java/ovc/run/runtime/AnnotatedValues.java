package ovc.run.runtime;

import java.io.File;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import ovc.run.RunInput;
import ovc.run.RunOutput;
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

    /** Records {@code value}, an argument or return value marked {@code input}, into {@code run}. */
    public static void recordInput(ActiveRun run, RunInput input, Object value) {
        String fixedRange = emptyToNull(input.range());
        if (!input.ref().isEmpty()) {
            String range = fixedRange != null ? fixedRange : value instanceof RunRef ref ? ref.range() : null;
            run.recordInput(input.type(), input.ref(), range);
            return;
        }
        forEachElement(value, 0, element -> {
            if (element instanceof RunRef ref) {
                if (ref.ref() != null) {
                    run.recordInput(input.type(), ref.ref(), fixedRange != null ? fixedRange : ref.range());
                }
                return;
            }
            String ref = refOf(element);
            if (ref != null) {
                run.recordInput(input.type(), ref, fixedRange);
            } else {
                run.problems().note(unsupported("@RunInput(type = \"" + input.type() + "\")", element));
            }
        });
    }

    /**
     * Records {@code value}, marked {@code output}, into {@code run}.
     *
     * @param returned whether {@code value} is a method's return value (only then is a number a row count)
     */
    public static void recordOutput(ActiveRun run, RunOutput output, Object value, boolean returned) {
        String type = output.type();
        if (!output.ref().isEmpty()) {
            if (value instanceof Written written) {
                run.recordOutput(type, output.ref(), written.rowsWritten(), written.rowsUpdated(), null);
            } else if (returned && isWholeNumber(value)) {
                run.recordOutput(type, output.ref(), ((Number) value).longValue(), null, null);
            } else {
                run.recordOutput(type, output.ref(), null, null, null);
            }
            return;
        }
        forEachElement(value, 0, element -> {
            if (element instanceof Written written) {
                if (written.ref() != null) {
                    run.recordOutput(type, written.ref(), written.rowsWritten(), written.rowsUpdated(), null);
                } else {
                    run.problems().note("@RunOutput(type = \"" + type + "\") got Written without a ref and has no ref"
                            + " itself; set ref = \"...\" on the annotation");
                }
                return;
            }
            if (element instanceof RunRef ref) {
                if (ref.ref() != null) {
                    run.recordOutput(type, ref.ref(), null, null, null);
                }
                return;
            }
            if (element instanceof Number) {
                run.problems().note("@RunOutput(type = \"" + type + "\") got a count but names no ref;"
                        + " set ref = \"...\" so the count becomes rows_written");
                return;
            }
            String ref = refOf(element);
            if (ref != null) {
                run.recordOutput(type, ref, null, null, null);
            } else {
                run.problems().note(unsupported("@RunOutput(type = \"" + type + "\")", element));
            }
        });
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

    private static void forEachElement(Object value, int depth, Consumer<Object> action) {
        if (value == null) {
            return;
        }
        boolean container = value.getClass().isArray()
                // A Path iterates over its name elements and a DirectoryStream can be read only once.
                || (value instanceof Iterable<?> && !(value instanceof Path) && !(value instanceof DirectoryStream<?>));
        if (!container || depth >= MAX_DEPTH) {
            action.accept(value);
        } else if (value instanceof Iterable<?> iterable) {
            for (Object element : iterable) {
                forEachElement(element, depth + 1, action);
            }
        } else {
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                forEachElement(Array.get(value, i), depth + 1, action);
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
