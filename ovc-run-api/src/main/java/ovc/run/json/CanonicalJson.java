package ovc.run.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls exactly as Python's
 * {@code json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=True) + "\n"} does, because the
 * v0.1 artifacts are read by tools that were written against those bytes.
 *
 * <p>Keys are sorted by code point at every level (Python's string order, {@link CodePointOrder}),
 * non-ASCII is escaped as lowercase {@code \}{@code uXXXX}, empty containers are {@code []} and
 * {@code {}}. The same tree always gives the same bytes. JDK only: the recording path must not
 * depend on a JSON library the application may carry in another version.
 */
public final class CanonicalJson {

    /**
     * Deeper trees are refused rather than overflowing the stack; Python's own {@code json.dumps}
     * stops near 1 000 levels too. A tree that contains itself ends here.
     */
    static final int MAX_DEPTH = 1000;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Writer out;
    // Our own buffer: a BufferedWriter takes its lock on every call, and a large run makes millions.
    private final char[] buffer = new char[4096];
    private int used;

    private CanonicalJson(Writer out) {
        this.out = out;
    }

    /**
     * Renders {@code tree} as canonical JSON text, ending in a newline.
     *
     * @param tree a {@link Map} with string keys, a {@link Collection}, an array of objects, a
     *     {@link CharSequence}, {@link Number}, {@link Boolean} or {@code null}, nested freely
     * @return the text, pure ASCII
     * @throws IllegalArgumentException when the tree holds a value JSON cannot represent (another
     *     type, a non-finite number, a key that is not a string) or nests deeper than 1 000 levels
     */
    public static String write(Object tree) {
        StringWriter text = new StringWriter(256);
        try {
            write(tree, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter cannot fail", e);
        }
        return text.toString();
    }

    /**
     * Streams {@code tree} as canonical JSON text, ending in a newline, to {@code out}, which stays
     * open (and is not flushed). Large runs are written this way, without the whole text in memory.
     *
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException as {@link #write(Object)}; what was written before the
     *     problem was found may already be in {@code out}
     */
    public static void write(Object tree, Writer out) throws IOException {
        CanonicalJson writer = new CanonicalJson(out);
        writer.value(tree, 0);
        writer.append('\n');
        writer.drain();
    }

    private void value(Object value, int depth) throws IOException {
        if (value == null) {
            append("null");
        } else if (value instanceof CharSequence text) {
            string(text.toString());
        } else if (value instanceof Boolean flag) {
            append(flag ? "true" : "false");
        } else if (value instanceof Number number) {
            number(number);
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth + 1);
        } else if (value instanceof Collection<?> items) {
            array(items, depth + 1);
        } else if (value instanceof Object[] items) {
            array(List.of(items), depth + 1);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private void object(Map<?, ?> map, int depth) throws IOException {
        checkDepth(depth);
        if (map.isEmpty()) {
            append("{}");
            return;
        }
        append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : inKeyOrder(map).entrySet()) {
            if (!first) {
                append(',');
            }
            first = false;
            newline(depth);
            string((String) entry.getKey());
            append(": ");
            value(entry.getValue(), depth);
        }
        newline(depth - 1);
        append('}');
    }

    private void array(Collection<?> items, int depth) throws IOException {
        checkDepth(depth);
        if (items.isEmpty()) {
            append("[]");
            return;
        }
        append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                append(',');
            }
            first = false;
            newline(depth);
            value(item, depth);
        }
        newline(depth - 1);
        append(']');
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("cannot write JSON nested deeper than " + MAX_DEPTH
                    + " levels (does the tree contain itself?)");
        }
    }

    /** {@code map} itself when it is already in Python's key order, else a sorted copy. */
    private static Map<?, ?> inKeyOrder(Map<?, ?> map) {
        if (map instanceof SortedMap<?, ?> sorted && sorted.comparator() == CodePointOrder.INSTANCE) {
            return map;
        }
        // A TreeMap on the one comparator the artifacts already use: sorting the entries would need
        // a comparator class of its own to load (or a lambda) on every run's finish.
        SortedMap<String, Object> copy = new TreeMap<>(CodePointOrder.INSTANCE);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got " + entry.getKey());
            }
            copy.put(key, entry.getValue());
        }
        return copy;
    }

    private void number(Number number) throws IOException {
        if (number instanceof Integer || number instanceof Long
                || number instanceof Short || number instanceof Byte) {
            append(Long.toString(number.longValue()));
        } else if (number instanceof BigInteger big) {
            append(big.toString());
        } else {
            double d = number instanceof BigDecimal dec ? dec.doubleValue() : number.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no representation for " + d);
            }
            append(PythonFloat.repr(d));
        }
    }

    /**
     * A string as {@code ensure_ascii=True} writes it: {@code \" \\ \n \r \t \b \f} by name, every
     * other character outside {@code ' '..'~'} (controls, DEL, each UTF-16 unit of non-ASCII, so a
     * character beyond the BMP as its surrogate pair) as {@code \}{@code u} with four lowercase hex digits.
     */
    private void string(String text) throws IOException {
        append('"');
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                append(c);
                continue;
            }
            switch (c) {
                case '"' -> append("\\\"");
                case '\\' -> append("\\\\");
                case '\n' -> append("\\n");
                case '\r' -> append("\\r");
                case '\t' -> append("\\t");
                case '\b' -> append("\\b");
                case '\f' -> append("\\f");
                default -> {
                    append('\\');
                    append('u');
                    append(HEX[(c >> 12) & 0xf]);
                    append(HEX[(c >> 8) & 0xf]);
                    append(HEX[(c >> 4) & 0xf]);
                    append(HEX[c & 0xf]);
                }
            }
        }
        append('"');
    }

    private void newline(int depth) throws IOException {
        append('\n');
        for (int i = 0; i < depth; i++) {
            append("  ");
        }
    }

    private void append(char c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = c;
    }

    private void append(String text) throws IOException {
        int length = text.length();
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                out.write(text);
                return;
            }
        }
        text.getChars(0, length, buffer, used);
        used += length;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }
}
