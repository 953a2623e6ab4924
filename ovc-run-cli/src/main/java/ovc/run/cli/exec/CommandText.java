package ovc.run.cli.exec;

import java.util.List;

/** A command line as one string a POSIX shell would split back into the same words. */
public final class CommandText {

    private CommandText() {}

    /** {@code argv} joined by spaces, each word quoted only when it needs to be. */
    public static String join(List<String> argv) {
        StringBuilder text = new StringBuilder();
        for (String word : argv) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(quote(word));
        }
        return text.toString();
    }

    static String quote(String word) {
        if (word.isEmpty()) {
            return "''";
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_./=:,+@%^".indexOf(c) >= 0;
            if (!plain) {
                return "'" + word.replace("'", "'\\''") + "'";
            }
        }
        return word;
    }
}
