package ovc.run.artifact;

import ovc.run.format.RunId;

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

    /** {@code [A-Za-z0-9-]+}, at most 64 characters: pipeline ids, which become part of the run_id ({@link RunId}). */
    public static boolean isPipelineId(String s) {
        return RunId.isPipelineId(s);
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

    /**
     * {@code NAME(|NAME)*}: one {@code requiredEnv} entry, a variable name or alternatives any one of
     * which satisfies it.
     */
    public static boolean isEnvRequirement(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        int start = 0;
        while (true) {
            int bar = s.indexOf('|', start);
            int end = bar < 0 ? s.length() : bar;
            if (!isEnvName(s.substring(start, end))) {
                return false;
            }
            if (bar < 0) {
                return true;
            }
            start = bar + 1;
        }
    }

    /**
     * The variable names of a well-formed {@code requiredEnv} entry, each once, in the order written.
     * Two entries naming the same set ({@code A|B}, {@code B|A}, {@code A|B|A}) are one requirement:
     * the processor refuses the second, the runtime keeps the first.
     */
    public static java.util.Set<String> envRequirementNames(String entry) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        int start = 0;
        while (true) {
            int bar = entry.indexOf('|', start);
            names.add(entry.substring(start, bar < 0 ? entry.length() : bar));
            if (bar < 0) {
                return names;
            }
            start = bar + 1;
        }
    }

    /**
     * A semantic version, exactly as the semver.org 2.0.0 regex matches it (HandWrittenChecksTest
     * holds the regex as the reference): {@code MAJOR.MINOR.PATCH} without leading zeros, then
     * optionally {@code -} and dot-separated pre-release identifiers ({@code [0-9A-Za-z-]+}, numeric
     * ones without leading zeros), then optionally {@code +} and dot-separated build identifiers
     * ({@code [0-9A-Za-z-]+}). By hand because the first regex a run compiles costs it milliseconds
     * of lambda spinning.
     */
    public static boolean isSemanticVersion(String s) {
        if (s == null) {
            return false;
        }
        int i = 0;
        for (int part = 0; part < 3; part++) {
            if (part > 0) {
                if (i >= s.length() || s.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
            i = endOfNumber(s, i);
            if (i < 0) {
                return false;
            }
        }
        if (i < s.length() && s.charAt(i) == '-') {
            i = endOfIdentifiers(s, i + 1, true);
            if (i < 0) {
                return false;
            }
        }
        if (i < s.length() && s.charAt(i) == '+') {
            i = endOfIdentifiers(s, i + 1, false);
            if (i < 0) {
                return false;
            }
        }
        return i == s.length();
    }

    /** {@code [0-9a-f]{40}}: a full git commit sha in lower case. */
    public static boolean isCommitSha(String s) {
        if (s == null || s.length() != 40) {
            return false;
        }
        for (int i = 0; i < 40; i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code 0|[1-9][0-9]*} starting at {@code i} ends, or -1 when there is none. */
    private static int endOfNumber(String s, int i) {
        if (i >= s.length() || !isDigit(s.charAt(i))) {
            return -1;
        }
        if (s.charAt(i) == '0') {
            return i + 1;
        }
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Where dot-separated identifiers {@code [0-9A-Za-z-]+} starting at {@code i} end, or -1 when
     * one is empty or, in a pre-release, all digits with a leading zero.
     */
    private static int endOfIdentifiers(String s, int i, boolean preRelease) {
        while (true) {
            int start = i;
            boolean digitsOnly = true;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (isDigit(c)) {
                    i++;
                } else if (isLower(c) || (c >= 'A' && c <= 'Z') || c == '-') {
                    digitsOnly = false;
                    i++;
                } else {
                    break;
                }
            }
            if (i == start || (preRelease && digitsOnly && i - start > 1 && s.charAt(start) == '0')) {
                return -1;
            }
            if (i >= s.length() || s.charAt(i) != '.') {
                return i;
            }
            i++;
        }
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
