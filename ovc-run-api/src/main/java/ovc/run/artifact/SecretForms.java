package ovc.run.artifact;

import java.nio.charset.StandardCharsets;
import java.util.List;
import ovc.run.json.JsonEscapes;

/**
 * Every form a secret value can take in text that reaches an artifact, so that each is masked:
 * the value; each of its lines (a PEM key printed with {@code println} reaches the capture line by
 * line); its JSON string escapes (a pipeline that prints JSON, with and without {@code \}{@code uXXXX}
 * for non-ASCII, as Jackson and Python write them); its shell quotings ({@code 'it'\''s'},
 * {@code "a\$b"}); and its URL encodings ({@code %XX} in either case, and form encoding with
 * {@code +}). Forms shorter than {@link Secrets#MIN_SECRET_LENGTH} are left out.
 */
final class SecretForms {

    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();
    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

    private SecretForms() {}

    /** Adds every form of {@code value} that {@code forms} does not hold yet. */
    static void addAll(String value, List<String> forms) {
        if (isUnreserved(value)) {
            // Every other form is then the value itself, and most tokens and keys are such values:
            // building seven copies of each to find that out was 2-3 ms of a run's start with 30 of them.
            add(value, forms);
        } else {
            addEveryForm(value, forms);
        }
    }

    /** {@link #addAll} the long way, building each form. */
    static void addEveryForm(String value, List<String> forms) {
        add(value, forms);
        addLines(value, forms);
        add(JsonEscapes.escaped(value, false, false), forms);
        add(JsonEscapes.escaped(value, true, false), forms);
        add(JsonEscapes.escaped(value, true, true), forms);
        if (value.indexOf('\'') >= 0) {
            add(value.replace("'", "'\\''"), forms);
        }
        add(doubleQuoted(value), forms);
        add(percent(value, UPPER_HEX, false), forms);
        add(percent(value, LOWER_HEX, false), forms);
        add(percent(value, UPPER_HEX, true), forms);
    }

    /**
     * Whether {@code value} holds only RFC 3986's unreserved characters but {@code ~}: letters,
     * digits, {@code -}, {@code .} and {@code _}, which no line break, JSON escape, shell quoting or
     * percent encoding changes.
     */
    static boolean isUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '.' || c == '_';
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    private static void add(String form, List<String> forms) {
        if (form.length() >= Secrets.MIN_SECRET_LENGTH && !forms.contains(form)) {
            forms.add(form);
        }
    }

    /** Each line of a multi-line value (breaks {@code \n}, {@code \r\n}, {@code \r}). */
    private static void addLines(String value, List<String> forms) {
        int start = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r') {
                add(value.substring(start, i), forms);
                if (c == '\r' && i + 1 < length && value.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start > 0) {
            add(value.substring(start), forms);
        }
    }

    /** The value inside a shell's double quotes: {@code \}, {@code "}, {@code $} and {@code `} escaped. */
    private static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '"' || c == '$' || c == '`') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The value percent-encoded as UTF-8: RFC 3986's unreserved characters kept, or, as
     * {@code application/x-www-form-urlencoded} ({@code URLEncoder}), space as {@code +}.
     */
    static String percent(String value, char[] hex, boolean form) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            boolean kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '.' || c == '_' || (form ? c == '*' : c == '~');
            if (kept) {
                out.append((char) c);
            } else if (form && c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(hex[c >> 4]).append(hex[c & 15]);
            }
        }
        return out.toString();
    }
}
