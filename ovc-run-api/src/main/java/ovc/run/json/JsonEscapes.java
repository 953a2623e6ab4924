package ovc.run.json;

/**
 * The text inside a JSON string in the forms the JSON writers ovc-run meets write it:
 * {@code \" \\ \n \r \t \b \f} by name, the other control characters as {@code \}{@code u00XX}, and,
 * when {@code asciiOnly}, every UTF-16 unit beyond {@code ~} as {@code \}{@code uXXXX} too (Python's
 * {@code ensure_ascii}); Jackson writes its hex digits upper case, Python lower case. Used where
 * such text is matched (a secret's escaped forms, masked) or written (OpenLineage events, as the
 * client's Jackson writes them); {@link CanonicalJson} writes its own, streamed.
 */
public final class JsonEscapes {

    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();
    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

    private JsonEscapes() {}

    /** {@code value} escaped, without the quotes around it. */
    public static String escaped(String value, boolean asciiOnly, boolean upperHex) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        append(out, value, asciiOnly, upperHex);
        return out.toString();
    }

    /** Appends {@code value} escaped, without the quotes around it, to {@code out}. */
    public static void append(StringBuilder out, String value, boolean asciiOnly, boolean upperHex) {
        char[] hex = upperHex ? UPPER_HEX : LOWER_HEX;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (asciiOnly && c > 0x7E)) {
                        out.append("\\u").append(hex[(c >> 12) & 15]).append(hex[(c >> 8) & 15])
                                .append(hex[(c >> 4) & 15]).append(hex[c & 15]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
