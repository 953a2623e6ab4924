package ovc.run.artifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which variable names mark their value as a credential: the built-in patterns, plus the names and
 * globs a user adds ({@code secret.names}). Names compare case-insensitively. Being required by a
 * pipeline does not make a variable secret: {@code DEPLOY_ENV=prod} or {@code GCS_BUCKET=acme-lake}
 * are configuration, and masking them would garble ordinary words and refs.
 */
public final class SecretNames {

    /** Fragments that make a name credential-like wherever they occur in it ({@code PGPASSWORD}, {@code API_KEY}). */
    static final List<String> ANYWHERE = List.of("TOKEN", "SECRET", "PASSWORD", "PASSWD", "KEY", "DSN", "CREDENTIAL",
            "WEBHOOK", "AUTHORIZATION", "COOKIE");

    /**
     * Words that make a name credential-like only as a whole {@code _}-separated part: {@code DB_PASS},
     * {@code MYSQL_PWD}, {@code GITLAB_PAT}, {@code BASIC_AUTH}, but not {@code BYPASS_CACHE},
     * {@code PATH} or {@code AUTHOR}.
     */
    static final List<String> WHOLE_PARTS = List.of("PASS", "PWD", "PW", "PAT", "AUTH");

    /**
     * Names that fit a pattern above but never hold a credential: the working directories every POSIX
     * shell exports ({@code PWD} is a whole part {@code PWD}). Masking them would turn every path of a
     * run into {@code ***}; {@code secret.names} can still name them.
     */
    static final List<String> SHELL_NAMES = List.of("PWD", "OLDPWD");

    private static final SecretNames BUILT_IN = new SecretNames(new String[0]);

    // Upper-cased, trimmed names or globs ("*" any run of characters, "?" one character).
    private final String[] configured;

    private SecretNames(String[] configured) {
        this.configured = configured;
    }

    /** The built-in patterns alone. */
    public static SecretNames builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in patterns and the names or globs of {@code configured}, separated by {@code ,} or
     * {@code ;} (the agent's arguments are separated by commas themselves); {@code null} or blank adds none.
     */
    public static SecretNames withConfigured(String configured) {
        if (configured == null || configured.isBlank()) {
            return BUILT_IN;
        }
        List<String> names = new ArrayList<>();
        int start = 0;
        while (start <= configured.length()) {
            int end = start;
            while (end < configured.length() && configured.charAt(end) != ',' && configured.charAt(end) != ';') {
                end++;
            }
            String name = configured.substring(start, end).trim();
            if (!name.isEmpty()) {
                names.add(name.toUpperCase(Locale.ROOT));
            }
            start = end + 1;
        }
        return new SecretNames(names.toArray(new String[0]));
    }

    /** Whether the value of the variable {@code name} is a credential. */
    public boolean isSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return builtInMatch(upper) || configuredMatch(upper);
    }

    /** Whether {@code name} matches a built-in pattern. */
    static boolean builtInMatch(String upper) {
        if (SHELL_NAMES.contains(upper)) {
            return false;
        }
        for (String part : ANYWHERE) {
            if (upper.contains(part)) {
                return true;
            }
        }
        int start = 0;
        int length = upper.length();
        while (start < length) {
            int end = start;
            while (end < length && upper.charAt(end) != '_') {
                end++;
            }
            for (String part : WHOLE_PARTS) {
                if (part.length() == end - start && upper.startsWith(part, start)) {
                    return true;
                }
            }
            start = end + 1;
        }
        return false;
    }

    private boolean configuredMatch(String upper) {
        for (String glob : configured) {
            if (globMatches(glob, 0, upper, 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} from {@code n} on matches {@code glob} from {@code g} on: {@code *} any run, {@code ?} one character. */
    static boolean globMatches(String glob, int g, String name, int n) {
        // Iterative with one backtrack point: the classic wildcard match, linear for a single '*'.
        int star = -1;
        int starName = 0;
        while (n < name.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == name.charAt(n))) {
                g++;
                n++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                starName = n;
            } else if (star >= 0) {
                g = star + 1;
                n = ++starName;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
