package ovc.run.artifact;

/**
 * Finds credentials written in text whatever variable holds them (or none): the password of a URL
 * ({@code postgresql://etl:s3cr3t@db/wh}), the value of a credential key ({@code password=...},
 * {@code --db-pass=...}, {@code ?token=...}, {@code PGPASSWORD=...}) and of a credential option
 * followed by its value ({@code --password hunter22}). A hand scanner, not a regex: it runs on every
 * masked text and on the run's start path.
 *
 * <p>Each finder returns the range to mask as {@code start << 32 | end}, or {@code -1}.
 */
final class CredentialText {

    /** Key words that mark a key as a credential at its end ({@code db_password}, {@code accessToken}, {@code api-key}). */
    private static final String[] KEY_ENDINGS = {"password", "passwd", "passphrase", "secret", "token", "apikey",
        "accesskey", "secretkey", "privatekey", "credential", "credentials", "signature"};

    /** Key words that mark a key only as its whole last part ({@code db_pass}, {@code mysql-pwd}, {@code sig}). */
    private static final String[] KEY_PARTS = {"pass", "pwd", "pw", "auth", "sig"};

    /** The longest URL authority looked at for a password; longer runs are not URLs. */
    private static final int MAX_AUTHORITY = 2048;

    private CredentialText() {}

    /**
     * Whether {@code c} ends a credential value, an URL's authority or a word a long line may be cut
     * after: whitespace, quotes, brackets and the separators of query strings, JDBC URLs and lists.
     */
    static boolean isSeparator(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\r', '"', '\'', '`', '&', ';', ',', '(', ')', '[', ']', '{', '}', '<', '>':
                return true;
            default:
                return false;
        }
    }

    /** The value after {@code text.charAt(equals) == '='} when the key before it is a credential key. */
    static long afterEquals(String text, int equals) {
        int keyStart = equals;
        while (keyStart > 0 && isKeyChar(text.charAt(keyStart - 1))) {
            keyStart--;
        }
        if (keyStart == equals || !isCredentialKey(text, keyStart, equals)) {
            return -1;
        }
        return value(text, equals + 1);
    }

    /** The value after a credential option such as {@code --password}, {@code text.charAt(dash) == '-'} at a word's start. */
    static long optionValue(String text, int dash) {
        if (dash > 0 && !Character.isWhitespace(text.charAt(dash - 1))) {
            return -1;
        }
        int end = dash;
        while (end < text.length() && isKeyChar(text.charAt(end))) {
            end++;
        }
        // "--password=..." is the key=value form, found at its '='.
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !isCredentialKey(text, dash, end)) {
            return -1;
        }
        return value(text, end + 1);
    }

    /** Whether {@code text[from, to)} is a word such as {@code --password}: an option whose value is the next word. */
    static boolean isCredentialOption(String text, int from, int to) {
        return to - from > 1 && text.charAt(from) == '-' && isCredentialKey(text, from, to);
    }

    /**
     * The password of an URL whose {@code ://} starts at {@code colon}: the part of the user info
     * after its first {@code :} and before the authority's last {@code @}. A user name alone is kept.
     */
    static long urlPassword(String text, int colon) {
        int authority = colon + 3;
        if (authority > text.length() || text.charAt(colon + 1) != '/' || text.charAt(colon + 2) != '/') {
            return -1;
        }
        int limit = Math.min(text.length(), authority + MAX_AUTHORITY);
        int at = -1;
        int end = authority;
        while (end < limit) {
            char c = text.charAt(end);
            if (c == '/' || c == '?' || c == '#' || (c != ',' && c != ';' && c != '&' && isSeparator(c))) {
                break;
            }
            if (c == '@') {
                at = end;
            }
            end++;
        }
        if (at < 0) {
            return -1;
        }
        int separator = authority;
        while (separator < at && text.charAt(separator) != ':') {
            separator++;
        }
        if (separator >= at - 1) {
            return -1;
        }
        return range(separator + 1, at);
    }

    /** The value starting at {@code start}: up to its closing quote when quoted, else up to the next separator. */
    private static long value(String text, int start) {
        int length = text.length();
        if (start >= length) {
            return -1;
        }
        char first = text.charAt(start);
        int end;
        if (first == '"' || first == '\'') {
            start++;
            end = start;
            while (end < length && text.charAt(end) != first && text.charAt(end) != '\n') {
                end++;
            }
        } else {
            end = start;
            while (end < length && !isSeparator(text.charAt(end))) {
                end++;
            }
        }
        return end > start ? range(start, end) : -1;
    }

    private static long range(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    }

    private static boolean isKeySeparator(char c) {
        return c == '_' || c == '-' || c == '.';
    }

    /** Whether the key {@code text[from, to)} names a credential (separators and case ignored; {@code key} alone too). */
    static boolean isCredentialKey(String text, int from, int to) {
        while (from < to && isKeySeparator(text.charAt(from))) {
            from++;
        }
        if (to - from == 3 && text.regionMatches(true, from, "key", 0, 3)) {
            return true; // ?key=... (Google's API keys in URLs)
        }
        for (String ending : KEY_ENDINGS) {
            if (endsWith(text, from, to, ending) >= 0) {
                return true;
            }
        }
        for (String part : KEY_PARTS) {
            int start = endsWith(text, from, to, part);
            if (start >= 0 && (start == from || isKeySeparator(text.charAt(start - 1))
                    || (Character.isUpperCase(text.charAt(start)) && Character.isLowerCase(text.charAt(start - 1))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where {@code word} (lower case) starts when {@code text[from, to)} ends with it, ignoring case
     * and key separators inside it ({@code API_KEY} ends with {@code apikey}); {@code -1} when it does not.
     */
    private static int endsWith(String text, int from, int to, String word) {
        int i = to;
        for (int w = word.length() - 1; w >= 0; w--) {
            while (i > from && w < word.length() - 1 && isKeySeparator(text.charAt(i - 1))) {
                i--;
            }
            if (i <= from || Character.toLowerCase(text.charAt(i - 1)) != word.charAt(w)) {
                return -1;
            }
            i--;
        }
        return i;
    }
}
