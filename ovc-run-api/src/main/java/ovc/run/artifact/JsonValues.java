package ovc.run.artifact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
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

    /**
     * Makes an immutable, writable copy of a value a pipeline recorded (an output's {@code extra}).
     * Strings pass through {@code mask}; a value JSON cannot hold becomes its string form and is
     * reported to {@code problems}, so a wrong value costs a warning, never the run.
     *
     * @param value any object
     * @param mask applied to every string, keys included (secret masking)
     * @param problems told once per value that had to be converted
     * @return a tree of unmodifiable maps and lists, strings, numbers, booleans and nulls
     */
    public static Object sanitize(Object value, UnaryOperator<String> mask, Consumer<String> problems) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence text) {
            return mask.apply(text.toString());
        }
        if (value instanceof Number number) {
            return sanitizeNumber(number, mask, problems);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(mask.apply(String.valueOf(entry.getKey())),
                        sanitize(entry.getValue(), mask, problems));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            for (Object item : items) {
                copy.add(sanitize(item, mask, problems));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Object[] items) {
            return sanitize(List.of(items), mask, problems);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        problems.accept("a " + value.getClass().getName() + " is not a JSON value; recorded its toString()");
        return mask.apply(String.valueOf(value));
    }

    private static Object sanitizeNumber(Number number, UnaryOperator<String> mask, Consumer<String> problems) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return number;
        }
        if (number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                return number;
            }
        }
        problems.accept("the number " + number + " is not a JSON value; recorded it as a string");
        return mask.apply(number.toString());
    }
}
