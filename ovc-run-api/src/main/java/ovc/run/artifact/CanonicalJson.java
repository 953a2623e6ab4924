package ovc.run.artifact;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.WriterBasedJsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
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

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls exactly as Python's
 * {@code json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=True) + "\n"} does, because the
 * v0.1 artifacts are read by tools that were written against those bytes.
 *
 * <p>Keys are sorted by code point at every level (Python's string order), non-ASCII is escaped as
 * lowercase {@code \}{@code uXXXX}, empty containers are {@code []} and {@code {}}. The same tree
 * always gives the same bytes.
 */
public final class CanonicalJson {

    /** Jackson's default generator features, less closing the caller's writer. */
    private static final int FEATURES =
            JsonGenerator.Feature.collectDefaults() & ~JsonGenerator.Feature.AUTO_CLOSE_TARGET.getMask();

    private CanonicalJson() {}

    /**
     * Renders {@code tree} as canonical JSON text, ending in a newline.
     *
     * @param tree a {@link Map} with string keys, a {@link Collection}, an array of objects, a
     *     {@link CharSequence}, {@link Number}, {@link Boolean} or {@code null}, nested freely
     * @return the text, pure ASCII
     * @throws IllegalArgumentException when the tree holds a value JSON cannot represent (another
     *     type, a non-finite number); see {@link JsonValues#sanitize} for a forgiving conversion
     */
    public static String write(Object tree) {
        StringWriter out = new StringWriter(256);
        try {
            write(tree, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Streams {@code tree} as canonical JSON text, ending in a newline, to {@code out}, which stays
     * open. Large runs are written this way, without the whole text in memory.
     *
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException as {@link #write(Object)}
     */
    public static void write(Object tree, Writer out) throws IOException {
        try (JsonGenerator gen = generator(out)) {
            writeValue(gen, tree);
        }
        out.write('\n');
    }

    /**
     * The generator {@code JsonFactory.createGenerator(out)} would give, built directly: a factory
     * sets up symbol tables and buffer-recycler pools that only parsers use, which cost the first
     * run of a JVM milliseconds and a dozen classes. The buffers come from a recycler of our own;
     * the generator is the factory's, so the bytes are too.
     */
    private static JsonGenerator generator(Writer out) {
        IOContext context = new IOContext(StreamReadConstraints.defaults(), StreamWriteConstraints.defaults(),
                ErrorReportConfiguration.defaults(), new BufferRecycler(), ContentReference.unknown(), false);
        JsonGenerator gen = new WriterBasedJsonGenerator(context, FEATURES, null, out, '"');
        gen.setCharacterEscapes(PythonAsciiEscapes.INSTANCE);
        gen.setPrettyPrinter(new PythonIndentPrinter());
        return gen;
    }

    private static void writeValue(JsonGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof CharSequence text) {
            gen.writeString(text.toString());
        } else if (value instanceof Boolean flag) {
            gen.writeBoolean(flag);
        } else if (value instanceof Number number) {
            writeNumber(gen, number);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(gen, map);
        } else if (value instanceof Collection<?> items) {
            gen.writeStartArray();
            for (Object item : items) {
                writeValue(gen, item);
            }
            gen.writeEndArray();
        } else if (value instanceof Object[] items) {
            writeValue(gen, List.of(items));
        } else {
            throw new IllegalArgumentException(
                    "cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void writeObject(JsonGenerator gen, Map<?, ?> map) throws IOException {
        Map<?, ?> ordered = map;
        if (!(map instanceof SortedMap<?, ?> sorted && sorted.comparator() == JsonValues.CODE_POINT_ORDER)) {
            // Into Python's key order through a TreeMap on the one comparator the artifacts already
            // use: sorting entries would need a comparator class of its own to load (or a lambda).
            SortedMap<String, Object> copy = JsonValues.sortedObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("JSON object keys must be strings, got " + entry.getKey());
                }
                copy.put(key, entry.getValue());
            }
            ordered = copy;
        }
        gen.writeStartObject();
        for (Map.Entry<?, ?> entry : ordered.entrySet()) {
            gen.writeFieldName((String) entry.getKey());
            writeValue(gen, entry.getValue());
        }
        gen.writeEndObject();
    }

    private static void writeNumber(JsonGenerator gen, Number number) throws IOException {
        if (number instanceof Integer || number instanceof Long
                || number instanceof Short || number instanceof Byte) {
            // As text: the same digits writeNumber(long) would write, without loading and
            // initialising Jackson's NumberOutput (its digit tables) for a handful of numbers.
            gen.writeNumber(Long.toString(number.longValue()));
        } else if (number instanceof BigInteger big) {
            gen.writeNumber(big);
        } else {
            double d = number instanceof BigDecimal dec ? dec.doubleValue() : number.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no representation for " + d);
            }
            gen.writeNumber(PythonFloat.repr(d));
        }
    }
}
