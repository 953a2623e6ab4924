package ovc.run.cli;

import java.io.PrintWriter;

/**
 * A writer for text that reaches a terminal: every control character in what is printed (ANSI
 * escape sequences, CR, the other C0 and C1 controls, DEL, and the bidirectional overrides that
 * reorder what is shown) is written as a visible escape such as {@code \x1B}, so a check name or
 * a file name read from a run folder cannot move the cursor, recolour, or hide text. Line ends
 * that {@code println} writes itself are kept.
 */
final class TerminalWriter extends PrintWriter {

    TerminalWriter(PrintWriter out) {
        super(out, true);
    }

    @Override
    public void write(String text, int offset, int length) {
        String part = text.substring(offset, offset + length);
        String safe = escape(part);
        super.write(safe, 0, safe.length());
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }

    /** {@code text} with every control character escaped ({@code \x1B}, {@code \u009B}). */
    static String escape(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (safe == null) {
                    safe = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                safe.append(c < 0x80 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
