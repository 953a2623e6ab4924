package ovc.run.cli.report;

import java.nio.charset.StandardCharsets;

/**
 * Escapes text from run folders for the report's pages. Every value a run folder supplies (check
 * names, log lines, paths, JSON values) goes through {@link #text} or {@link #uriComponent}: a check
 * named {@code <img src=x onerror=alert(1)>} is shown as those characters, never parsed as markup.
 * A tiny encoder, tested against jsoup's parser (ReportEscapingTest), instead of a dependency the
 * build cannot fetch here.
 */
final class Html {

    private Html() {}

    /**
     * {@code value} safe as HTML text and inside a double- or single-quoted attribute: {@code & < > " '}
     * become character references; C0 control characters other than tab, newline and carriage return
     * (which HTML forbids) become U+FFFD. {@code null} becomes the empty string.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    /** Appends {@link #text}{@code (value)} to {@code out}. */
    static StringBuilder text(StringBuilder out, String value) {
        return out.append(text(value));
    }

    private static String replacement(char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\'':
                return "&#39;";
            case '\t':
            case '\n':
            case '\r':
                return null;
            default:
                return c < 0x20 || c == 0x7f ? "\uFFFD" : null;
        }
    }

    /**
     * {@code value} as one percent-encoded URI path segment (UTF-8): only the unreserved characters
     * {@code A-Z a-z 0-9 - . _ ~} stay as they are, so a name cannot add a scheme, a query or
     * a fragment to a link (the caller joins segments, {@code ..} included, with {@code /}).
     */
    static String uriComponent(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
