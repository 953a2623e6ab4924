package ovc.run.artifact;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import ovc.run.json.CanonicalJson;
import ovc.run.json.CodePointOrder;

/** Conversions that turn values a pipeline hands us into trees {@link CanonicalJson} can write. */
public final class JsonValues {

    /** Python's key order: by Unicode code point, which differs from UTF-16 order above U+D7FF. */
    public static final Comparator<String> CODE_POINT_ORDER = CodePointOrder.INSTANCE;

    private JsonValues() {}

    /** An empty map that keeps its keys in Python's order, so writing it needs no sort. */
    public static SortedMap<String, Object> sortedObject() {
        return new TreeMap<>(CODE_POINT_ORDER);
    }

    /** Replaces a map or list that contains itself, at the point where it would repeat. */
    public static final String CYCLE_MARKER = "<cycle: cut>";

    /** Replaces whatever lies deeper than {@link #MAX_DEPTH} levels of maps and lists. */
    public static final String DEPTH_MARKER = "<deeper than 32 levels: cut>";

    /** How many levels of maps and lists a recorded value keeps (the top map is level 1). */
    public static final int MAX_DEPTH = 32;

    /** Told about each value {@link #sanitize} had to change. */
    public interface Problems {
        /**
         * One changed value.
         *
         * @param problem what was changed and how, naming the value's type, never its content
         * @param lost whether information was lost (a cut, a placeholder), rather than recorded in a
         *     documented other form (a non-finite number as a string, an enum by its name)
         */
        void changed(String problem, boolean lost);
    }

    /**
     * Makes an immutable, writable copy of a value a pipeline recorded (an output's {@code extra}),
     * by rules that never throw, so a wrong value costs a warning, never the run:
     *
     * <ul>
     *   <li>strings pass through {@code mask}, map keys included; enum constants give their name;</li>
     *   <li>maps, collections and arrays (primitive ones too) are copied, up to {@link #MAX_DEPTH}
     *       levels; deeper content becomes {@link #DEPTH_MARKER}, a map or list that contains itself
     *       becomes {@link #CYCLE_MARKER} where it repeats (both reported as lost);</li>
     *   <li>a non-finite {@code double}/{@code float} becomes the string {@code "NaN"},
     *       {@code "Infinity"} or {@code "-Infinity"} (reported, not lost);</li>
     *   <li>any other value becomes its (masked) {@code toString()} (reported, not lost); when that
     *       throws, or a container cannot be read, the placeholder {@code <toString() threw X>} or
     *       {@code <unreadable T: X>} (reported as lost).</li>
     * </ul>
     *
     * @param value any object
     * @param mask applied to every string, keys included (secret masking)
     * @param problems told once per value that had to be changed
     * @return a tree of unmodifiable maps and lists, strings, numbers, booleans and nulls
     */
    public static Object sanitize(Object value, UnaryOperator<String> mask, Problems problems) {
        return sanitize(value, mask, problems, new IdentityHashMap<>(), 0);
    }

    private static Object sanitize(Object value, UnaryOperator<String> mask, Problems problems,
            Map<Object, Boolean> path, int depth) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof String text) {
            return mask.apply(text);
        }
        if (value instanceof Number number && isPlainNumber(number)) {
            return sanitizeNumber(number, mask, problems);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        boolean container = value instanceof Map<?, ?> || value instanceof Collection<?> || value.getClass().isArray();
        if (!container) {
            String text = safeToString(value, problems);
            if (!(value instanceof CharSequence)) {
                problems.changed("a " + value.getClass().getName() + " is not a JSON value; recorded its toString()",
                        false);
            }
            return mask.apply(text);
        }
        if (depth >= MAX_DEPTH) {
            problems.changed("a value nested deeper than " + MAX_DEPTH + " levels was cut at " + DEPTH_MARKER, true);
            return DEPTH_MARKER;
        }
        if (path.put(value, Boolean.TRUE) != null) {
            problems.changed("a " + value.getClass().getName() + " that contains itself was cut at " + CYCLE_MARKER,
                    true);
            return CYCLE_MARKER;
        }
        try {
            return copy(value, mask, problems, path, depth + 1);
        } catch (RuntimeException unreadable) {
            // A map changed by another thread while we read it, a collection whose iterator throws.
            problems.changed("a " + value.getClass().getName() + " could not be read ("
                    + unreadable.getClass().getName() + "); recorded a placeholder", true);
            return "<unreadable " + value.getClass().getName() + ": " + unreadable.getClass().getName() + ">";
        } finally {
            path.remove(value);
        }
    }

    private static Object copy(Object value, UnaryOperator<String> mask, Problems problems,
            Map<Object, Boolean> path, int depth) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object key = entry.getKey();
                copy.put(mask.apply(key instanceof String text ? text : safeToString(key, problems)),
                        sanitize(entry.getValue(), mask, problems, path, depth));
            }
            return Collections.unmodifiableMap(copy);
        }
        List<Object> copy = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                copy.add(sanitize(item, mask, problems, path, depth));
            }
        } else {
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                copy.add(sanitize(Array.get(value, i), mask, problems, path, depth));
            }
        }
        return Collections.unmodifiableList(copy);
    }

    /** {@code String.valueOf(value)}, or a placeholder naming what its {@code toString()} threw. */
    private static String safeToString(Object value, Problems problems) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException | Error thrown) {
            if (thrown instanceof VirtualMachineError && !(thrown instanceof StackOverflowError)) {
                throw (Error) thrown; // out of memory: nothing a placeholder could help with
            }
            problems.changed("the toString() of a " + value.getClass().getName() + " threw "
                    + thrown.getClass().getName() + "; recorded a placeholder", true);
            return "<toString() threw " + thrown.getClass().getName() + ">";
        }
    }

    private static boolean isPlainNumber(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger || number instanceof Double
                || number instanceof Float || number instanceof BigDecimal;
    }

    private static Object sanitizeNumber(Number number, UnaryOperator<String> mask, Problems problems) {
        if (number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
            if (!Double.isFinite(number.doubleValue())) {
                problems.changed("the number " + number + " is not a JSON value; recorded it as a string", false);
                return mask.apply(number.toString());
            }
        }
        return number;
    }
}
