package ovc.run.artifact;

/**
 * The naming rules of the v0.1 format, checked by hand-written loops because they run on every
 * recorded value and a regex match would cost more than the rest of the record.
 */
public final class Identifiers {

    private Identifiers() {}

    /** {@code [a-z][a-z0-9]*(_[a-z0-9]+)*}: check ids and input/output types. */
    public static boolean isSnakeCase(String s) {
        if (s == null || s.isEmpty() || !isLower(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == s.length() - 1 || s.charAt(i + 1) == '_') {
                    return false;
                }
            } else if (!isLower(c) && !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z0-9-]+}, at most 64 characters: pipeline ids, which become part of the run_id. */
    public static boolean isPipelineId(String s) {
        if (s == null || s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isLower(c) && !isDigit(c) && !(c >= 'A' && c <= 'Z') && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z_][A-Za-z0-9_]*}: an environment variable name. */
    public static boolean isEnvName(String s) {
        if (s == null || s.isEmpty() || isDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isLower(c) && !isDigit(c) && !(c >= 'A' && c <= 'Z') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** Throws a message naming the rule when {@code value} is not snake_case. */
    static String requireSnakeCase(String what, String value) {
        if (!isSnakeCase(value)) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' must be lower snake_case ([a-z][a-z0-9]*(_[a-z0-9]+)*), e.g. neon_table");
        }
        return value;
    }

    /** Throws when {@code value} is null or empty. */
    static String requireText(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
