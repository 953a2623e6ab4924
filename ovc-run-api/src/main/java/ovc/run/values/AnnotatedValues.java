package ovc.run.values;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ovc.run.RunRef;
import ovc.run.Written;
import ovc.run.runtime.ActiveRun;

/**
 * Turns the values that {@code @RunInput} and {@code @RunOutput} mark into a run's inputs and
 * outputs, by one set of rules whoever calls (the agent's advice today, generated code tomorrow).
 *
 * <ul>
 *   <li>The annotation's {@code ref}, when set, wins; its {@code range}, when set, too.</li>
 *   <li>Otherwise the value names itself, by {@link RecordableTypes} (the list the annotation
 *       processor checks declarations against): {@link RunRef} gives ref and range; a
 *       {@code CharSequence}, {@code Path} or {@code File} (as given, not made absolute), {@code URI},
 *       {@code URL}, {@code UUID}, character, boolean, number or java.time value gives its string
 *       form (ISO-8601 for java.time), an enum constant its name.</li>
 *   <li>Arrays and {@code Iterable}s give one entry per element, an {@code Optional} its value;
 *       {@code null} and an empty {@code Optional} give none.</li>
 *   <li>A returned {@code int}/{@code long} (boxed, {@code short} and {@code byte} too) with a fixed
 *       ref is {@code rows_written}; {@link Written} gives both counts.</li>
 * </ul>
 * A value that cannot name itself is left out with one warning, never turned into {@code toString()}
 * noise such as {@code Block@1b6d3586}.
 */
public final class AnnotatedValues {

    private AnnotatedValues() {}

    /**
     * Records {@code value}, an argument or return value marked {@code @RunInput} with these
     * values ({@code ""} for an unset {@code ref} or {@code range}, as in the annotation), into
     * {@code run}. Values, not the annotation: woven code carries them as constants.
     */
    public static void recordInput(ActiveRun run, String type, String fixedRef, String declaredRange, Object value) {
        String fixedRange = emptyToNull(declaredRange);
        if (!fixedRef.isEmpty()) {
            Object present = present(value);
            String range = fixedRange != null ? fixedRange : present instanceof RunRef ref ? ref.range() : null;
            run.recordInput(type, fixedRef, range);
            return;
        }
        // A loop over a list, not a callback: a first lambda costs milliseconds while a run starts.
        for (Object element : elements(value)) {
            Rendering rendering = renderingOf(element);
            if (rendering == Rendering.RUN_REF) {
                RunRef ref = (RunRef) element;
                if (ref.ref() != null) {
                    run.recordInput(type, ref.ref(), fixedRange != null ? fixedRange : ref.range());
                }
                continue;
            }
            String ref = rendering != null && rendering.recordable(false) ? refOf(run, rendering, element) : null;
            if (ref != null) {
                run.recordInput(type, ref, fixedRange);
            } else {
                run.note(unsupported("@RunInput(type = \"" + type + "\")", element, false));
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
            Object present = present(value);
            Rendering rendering = present == null ? null : renderingOf(present);
            if (present instanceof Written written) {
                run.recordOutput(type, fixedRef, written.rowsWritten(), written.rowsUpdated(), null);
            } else if (returned && rendering == Rendering.WHOLE_NUMBER) {
                run.recordOutput(type, fixedRef, ((Number) present).longValue(), null, null);
            } else {
                run.recordOutput(type, fixedRef, null, null, null);
            }
            return;
        }
        for (Object element : elements(value)) {
            Rendering rendering = renderingOf(element);
            if (rendering == Rendering.WRITTEN) {
                Written written = (Written) element;
                if (written.ref() != null) {
                    run.recordOutput(type, written.ref(), written.rowsWritten(), written.rowsUpdated(), null);
                } else {
                    run.note("@RunOutput(type = \"" + type + "\") got Written without a ref and has no ref"
                            + " itself; set ref = \"...\" on the annotation");
                }
                continue;
            }
            if (rendering == Rendering.RUN_REF) {
                RunRef ref = (RunRef) element;
                if (ref.ref() != null) {
                    run.recordOutput(type, ref.ref(), null, null, null);
                }
                continue;
            }
            if (rendering != null && rendering.isNumber()) {
                run.note("@RunOutput(type = \"" + type + "\") got a count but names no ref;"
                        + " set ref = \"...\" so the count becomes rows_written");
                continue;
            }
            String ref = rendering != null && rendering.recordable(true) ? refOf(run, rendering, element) : null;
            if (ref != null) {
                run.recordOutput(type, ref, null, null, null);
            } else {
                run.note(unsupported("@RunOutput(type = \"" + type + "\")", element, true));
            }
        }
    }

    /**
     * The string a value of this rendering is recorded as; a value whose {@code toString()} throws
     * is recorded as {@code <toString() threw X>} (and the run lowered to partial).
     */
    private static String refOf(ActiveRun run, Rendering rendering, Object value) {
        try {
            return rendering.text(value);
        } catch (RuntimeException thrown) {
            run.warnBadValue("the toString() of a " + value.getClass().getName() + " threw "
                    + thrown.getClass().getName() + "; recorded a placeholder", true);
            return "<toString() threw " + thrown.getClass().getName() + ">";
        }
    }

    /** How {@code value} is recorded, by its class's entry in the one list; {@code null} for none. */
    private static Rendering renderingOf(Object value) {
        RecordableType recordable = RecordableTypes.of(value.getClass());
        return recordable == null ? null : recordable.rendering();
    }

    /** The value of an {@code Optional} ({@code null} when empty), or {@code value} itself. */
    private static Object present(Object value) {
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    /** The values {@code value} stands for: itself, or the contents of an array, Iterable or Optional, flattened. */
    private static List<Object> elements(Object value) {
        List<Object> elements = new ArrayList<>();
        addElements(value, 0, elements);
        return elements;
    }

    private static void addElements(Object value, int depth, List<Object> elements) {
        if (value == null) {
            return;
        }
        boolean array = value.getClass().isArray();
        Rendering rendering = array ? null : renderingOf(value);
        if (depth >= RecordableTypes.MAX_NESTING || !(array || (rendering != null && rendering.container()))) {
            elements.add(value);
        } else if (array) {
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                addElements(Array.get(value, i), depth + 1, elements);
            }
        } else if (rendering == Rendering.OPTIONAL) {
            addElements(((Optional<?>) value).orElse(null), depth + 1, elements);
        } else {
            // A loop, not forEach: a first lambda costs milliseconds while a run starts.
            for (Object element : (Iterable<?>) value) {
                addElements(element, depth + 1, elements);
            }
        }
    }

    private static String unsupported(String annotation, Object value, boolean output) {
        return annotation + " cannot name a " + value.getClass().getName() + " (it names " + RecordableTypes.summary(output)
                + "); set ref = \"...\" or implement ovc.run.RunRef";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
