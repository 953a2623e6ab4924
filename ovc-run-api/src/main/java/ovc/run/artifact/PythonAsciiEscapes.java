package ovc.run.artifact;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * String escaping as Python's {@code ensure_ascii=True}: {@code \" \\ \b \f \n \r \t} by name,
 * every other control character, DEL and every non-ASCII UTF-16 unit as {@code \}{@code u} with
 * four <em>lowercase</em> hex digits. Jackson's own escaping uses uppercase digits and leaves DEL
 * alone, which would change the bytes.
 */
final class PythonAsciiEscapes extends CharacterEscapes {

    static final PythonAsciiEscapes INSTANCE = new PythonAsciiEscapes();

    private static final long serialVersionUID = 1L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final int[] asciiEscapes;

    private PythonAsciiEscapes() {
        int[] table = CharacterEscapes.standardAsciiEscapesForJSON();
        for (int c = 0; c < 0x20; c++) {
            // Keep the named escapes (\n, \t, ...); the rest would get uppercase hex from Jackson.
            if (table[c] == CharacterEscapes.ESCAPE_STANDARD) {
                table[c] = CharacterEscapes.ESCAPE_CUSTOM;
            }
        }
        table[0x7f] = CharacterEscapes.ESCAPE_CUSTOM;
        this.asciiEscapes = table;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        // Called for custom-marked ASCII and for every char above 0x7f (surrogates one by one,
        // which is also how Python writes characters outside the BMP).
        char[] escape = {'\\', 'u', HEX[(ch >> 12) & 0xf], HEX[(ch >> 8) & 0xf], HEX[(ch >> 4) & 0xf], HEX[ch & 0xf]};
        return new SerializedString(new String(escape));
    }
}
