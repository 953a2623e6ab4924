package ovc.run.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads strict JSON (RFC 8259) into plain Java values: an object becomes a {@code Map<String,
 * Object>} in the text's key order, an array a {@code List<Object>}, a string a {@link String}, an
 * integer a {@link Long} (a {@link BigInteger} beyond its range), any other number a {@link Double},
 * {@code true}/{@code false} a {@link Boolean}, {@code null} null.
 *
 * <p>Strict means what Python's {@code json.loads} and the schema validators agree on and no more:
 * no comments, trailing commas, single quotes, leading zeros, {@code NaN} or raw control
 * characters in strings; one value and nothing after it but whitespace. Every problem is a
 * {@link JsonSyntaxException} naming the line and column. Immutable: one reader serves any number
 * of threads.
 *
 * <pre>{@code
 * Object tree = JsonReader.standard().read(text);
 * Object line = JsonReader.standard().rejectingDuplicateKeys().read(jsonlLine);
 * }</pre>
 */
public final class JsonReader {

    /** The nesting {@link #standard()} allows: far beyond any artifact, far below a stack overflow. */
    public static final int DEFAULT_MAX_DEPTH = 512;

    private static final JsonReader STANDARD = new JsonReader(DEFAULT_MAX_DEPTH, false);

    private final int maxDepth;
    private final boolean rejectDuplicateKeys;

    private JsonReader(int maxDepth, boolean rejectDuplicateKeys) {
        this.maxDepth = maxDepth;
        this.rejectDuplicateKeys = rejectDuplicateKeys;
    }

    /**
     * The reader with {@link #DEFAULT_MAX_DEPTH} that lets a later duplicate key win, as Python's
     * {@code json.loads} and most parsers do.
     */
    public static JsonReader standard() {
        return STANDARD;
    }

    /** This reader, but one that refuses an object naming the same key twice (at the second one). */
    public JsonReader rejectingDuplicateKeys() {
        return new JsonReader(maxDepth, true);
    }

    /**
     * This reader, but allowing arrays and objects nested {@code levels} deep at most.
     *
     * @throws IllegalArgumentException when {@code levels} is below 1
     */
    public JsonReader withMaxDepth(int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("the maximum depth must be at least 1, got " + levels);
        }
        return new JsonReader(levels, rejectDuplicateKeys);
    }

    /**
     * Reads {@code text}, which must hold exactly one JSON value (surrounding whitespace allowed).
     *
     * @return the value, as described on the class
     * @throws JsonSyntaxException at the first place where {@code text} is not strict JSON, nests
     *     deeper than allowed, or (when asked for) repeats a key
     */
    public Object read(CharSequence text) {
        JsonParse parse = new JsonParse(text, maxDepth, rejectDuplicateKeys);
        Object value = parse.value(0);
        parse.skipWhitespace();
        if (!parse.atEnd()) {
            throw parse.problem("expected the end of the input after the value");
        }
        return value;
    }

    /**
     * Reads {@code text} as {@link #read} does and requires it to be an object.
     *
     * @throws JsonSyntaxException as {@link #read}, or when the value is not an object
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> readObject(CharSequence text) {
        Object value = read(text);
        if (!(value instanceof Map)) {
            throw new JsonSyntaxException("expected a JSON object, found " + JsonParse.kind(value), 1, 1);
        }
        return (Map<String, Object>) value;
    }

    /** One pass over one text: the cursor and the rules it reads by. */
    private static final class JsonParse {

        private final CharSequence text;
        private final int length;
        private final int maxDepth;
        private final boolean rejectDuplicateKeys;
        private int pos;

        JsonParse(CharSequence text, int maxDepth, boolean rejectDuplicateKeys) {
            this.text = text;
            this.length = text.length();
            this.maxDepth = maxDepth;
            this.rejectDuplicateKeys = rejectDuplicateKeys;
        }

        Object value(int depth) {
            skipWhitespace();
            if (atEnd()) {
                throw problem("expected a value, found the end of the input");
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{':
                    return object(depth + 1);
                case '[':
                    return array(depth + 1);
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw problem("expected a value, found " + describe(c));
            }
        }

        private Map<String, Object> object(int depth) {
            checkDepth(depth);
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skipWhitespace();
            if (consume('}')) {
                return map;
            }
            while (true) {
                skipWhitespace();
                if (atEnd() || text.charAt(pos) != '"') {
                    throw problem("expected a string key" + found());
                }
                int keyStart = pos;
                String key = string();
                skipWhitespace();
                expect(':');
                Object value = value(depth);
                if (rejectDuplicateKeys && map.containsKey(key)) {
                    pos = keyStart;
                    throw problem("duplicate key \"" + key + "\"");
                }
                map.put(key, value);
                skipWhitespace();
                if (consume('}')) {
                    return map;
                }
                expect(',', "',' or '}'");
            }
        }

        private List<Object> array(int depth) {
            checkDepth(depth);
            List<Object> list = new ArrayList<>();
            pos++;
            skipWhitespace();
            if (consume(']')) {
                return list;
            }
            while (true) {
                list.add(value(depth));
                skipWhitespace();
                if (consume(']')) {
                    return list;
                }
                expect(',', "',' or ']'");
            }
        }

        private void checkDepth(int depth) {
            if (depth > maxDepth) {
                throw problem("nested deeper than " + maxDepth + " levels");
            }
        }

        private String string() {
            pos++; // the opening quote
            int start = pos;
            while (pos < length) { // most strings have no escape: one copy, no builder
                char c = text.charAt(pos);
                if (c == '"') {
                    return text.subSequence(start, pos++).toString();
                }
                if (c == '\\' || c < 0x20) {
                    break;
                }
                pos++;
            }
            StringBuilder out = new StringBuilder(pos - start + 16).append(text, start, pos);
            while (true) {
                if (atEnd()) {
                    throw problem("expected the closing '\"' of a string, found the end of the input");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    pos++;
                    return out.toString();
                }
                if (c < 0x20) {
                    throw problem("control character " + describe(c) + " in a string must be escaped");
                }
                pos++;
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (atEnd()) {
                    throw problem("expected an escape, found the end of the input");
                }
                char e = text.charAt(pos);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append(hex4(pos + 1));
                        pos += 4;
                    }
                    default -> throw problem("invalid escape '\\" + e + "'");
                }
                pos++;
            }
        }

        private char hex4(int at) {
            int code = 0;
            for (int i = at; i < at + 4; i++) {
                int digit = i < length ? Character.digit(text.charAt(i), 16) : -1;
                if (digit < 0) {
                    pos = Math.min(i, length);
                    throw problem("expected four hex digits after \\u");
                }
                code = (code << 4) | digit;
            }
            return (char) code;
        }

        private Object number() {
            int start = pos;
            consume('-');
            if (consume('0')) {
                if (pos < length && isDigit(text.charAt(pos))) {
                    throw problem("a number must not have a leading zero");
                }
            } else {
                digits("expected a digit");
            }
            boolean integral = true;
            if (consume('.')) {
                integral = false;
                digits("expected a digit after the decimal point");
            }
            if (consume('e') || consume('E')) {
                integral = false;
                if (!consume('+')) {
                    consume('-');
                }
                digits("expected a digit in the exponent");
            }
            String number = text.subSequence(start, pos).toString();
            if (integral) {
                // 18 digits always fit a long; longer ones are checked the slow way.
                if (pos - start <= 18) {
                    return Long.parseLong(number);
                }
                BigInteger big = new BigInteger(number);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            double value = Double.parseDouble(number);
            if (Double.isInfinite(value)) {
                pos = start;
                throw problem("the number " + number + " is too large for a double");
            }
            return value;
        }

        private void digits(String expected) {
            if (atEnd() || !isDigit(text.charAt(pos))) {
                throw problem(expected + found());
            }
            while (pos < length && isDigit(text.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private Object literal(String word, Object value) {
            for (int i = 0; i < word.length(); i++) {
                if (pos + i >= length || text.charAt(pos + i) != word.charAt(i)) {
                    throw problem("expected a value, found " + describe(text.charAt(pos)));
                }
            }
            pos += word.length();
            return value;
        }

        void skipWhitespace() {
            while (pos < length) {
                char c = text.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        boolean atEnd() {
            return pos >= length;
        }

        private boolean consume(char c) {
            if (pos < length && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            expect(c, "'" + c + "'");
        }

        private void expect(char c, String expected) {
            if (!consume(c)) {
                throw problem("expected " + expected + found());
            }
        }

        private String found() {
            return atEnd() ? ", found the end of the input" : ", found " + describe(text.charAt(pos));
        }

        private static String describe(char c) {
            if (c >= 0x20 && c < 0x7f) {
                return "'" + c + "'";
            }
            String hex = Integer.toHexString(c);
            return "U+" + "0000".substring(hex.length()) + hex.toUpperCase(java.util.Locale.ROOT);
        }

        static String kind(Object value) {
            if (value instanceof List) {
                return "an array";
            }
            if (value instanceof String) {
                return "a string";
            }
            if (value instanceof Boolean) {
                return "a boolean";
            }
            return value == null ? "null" : "a number";
        }

        /** The problem at the cursor, with its 1-based line and column. */
        JsonSyntaxException problem(String message) {
            int line = 1;
            int lineStart = 0;
            int end = Math.min(pos, length);
            for (int i = 0; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new JsonSyntaxException(message, line, end - lineStart + 1);
        }
    }
}
