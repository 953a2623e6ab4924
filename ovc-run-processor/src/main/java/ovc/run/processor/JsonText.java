package ovc.run.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ovc.run.artifact.JsonValues;

/**
 * The catalog's JSON, in the artifacts' style: two-space indent, keys sorted by code point, ASCII
 * only ({@code \}{@code u} escapes with lowercase hex), a trailing newline — the bytes of Python's
 * {@code json.dumps(tree, indent=2, sort_keys=True, ensure_ascii=True) + "\n"}. Written here rather
 * than with the api's {@code CanonicalJson} so that no JSON library rides on the processor path;
 * a test holds the two to the same bytes. Also reads such text back (catalogs on the class path).
 */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {}

    /** Writes maps with string keys, lists, strings, integers, booleans and nulls. */
    static String write(Object tree) {
        StringBuilder out = new StringBuilder(1024);
        write(out, tree, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            for (Object key : map.keySet()) {
                keys.add((String) key);
            }
            keys.sort(JsonValues.CODE_POINT_ORDER);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ",");
                indent(out, depth + 1);
                string(out, keys.get(i));
                out.append(": ");
                write(out, map.get(keys.get(i)), depth + 1);
            }
            close(out, '}', depth, keys.isEmpty());
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                indent(out, depth + 1);
                write(out, list.get(i), depth + 1);
            }
            close(out, ']', depth, list.isEmpty());
        } else {
            throw new IllegalArgumentException("the catalog holds no " + value.getClass().getName());
        }
    }

    private static void close(StringBuilder out, char bracket, int depth, boolean empty) {
        if (!empty) {
            indent(out, depth);
        }
        out.append(bracket);
    }

    private static void indent(StringBuilder out, int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        int plain = 0;
        while (plain < text.length() && text.charAt(plain) >= 0x20 && text.charAt(plain) <= 0x7e
                && text.charAt(plain) != '"' && text.charAt(plain) != '\\') {
            plain++;
        }
        out.append(text, 0, plain); // most keys and values need no escape at all
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Reads any JSON text: objects become maps, arrays lists, numbers {@code Long} or {@code Double}.
     *
     * @throws IllegalArgumentException naming the offset of the first problem
     */
    static Object read(String text) {
        Reader reader = new Reader(text);
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.pos != text.length()) {
            throw reader.problem("end of input");
        }
        return value;
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        Object value() {
            skipWhitespace();
            if (pos >= text.length()) {
                throw problem("a value");
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skipWhitespace();
            if (consume('}')) {
                return map;
            }
            do {
                skipWhitespace();
                if (pos >= text.length() || text.charAt(pos) != '"') {
                    throw problem("a string key");
                }
                String key = string();
                skipWhitespace();
                expect(':');
                map.put(key, value());
                skipWhitespace();
            } while (consume(','));
            expect('}');
            return map;
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            skipWhitespace();
            if (consume(']')) {
                return list;
            }
            do {
                list.add(value());
                skipWhitespace();
            } while (consume(','));
            expect(']');
            return list;
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    throw problem("the end of a string");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= text.length()) {
                    throw problem("an escape");
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw problem("four hex digits");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException badHex) {
                            throw problem("four hex digits");
                        }
                        pos += 4;
                    }
                    default -> throw problem("an escape");
                }
            }
        }

        private Object number() {
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            String number = text.substring(start, pos);
            try {
                return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : (Object) Double.valueOf(number);
            } catch (NumberFormatException notANumber) {
                pos = start;
                throw problem("a value");
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw problem(word);
            }
            pos += word.length();
            return value;
        }

        void skipWhitespace() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private boolean consume(char c) {
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!consume(c)) {
                throw problem("'" + c + "'");
            }
        }

        IllegalArgumentException problem(String expected) {
            return new IllegalArgumentException("expected " + expected + " at offset " + pos);
        }
    }
}
