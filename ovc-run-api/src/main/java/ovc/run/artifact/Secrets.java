package ovc.run.artifact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Masks secret values as {@code ***} in everything a run writes: the values of the required
 * variables, and of every variable whose name says it is a credential.
 */
public final class Secrets {

    /** Name fragments that mark a variable as secret, whatever the pipeline declares. */
    static final List<String> SECRET_NAME_PARTS = List.of("TOKEN", "SECRET", "PASSWORD", "PASSWD", "KEY", "DSN");

    /**
     * Values shorter than this are not masked: masking "1" or "on" would garble every log line
     * while protecting nothing that is a credential.
     */
    static final int MIN_SECRET_LENGTH = 3;

    private static final Secrets NONE = new Secrets(List.of());

    private final String[] values;

    private Secrets(List<String> values) {
        this.values = values.toArray(new String[0]);
    }

    /** Masks nothing. */
    public static Secrets none() {
        return NONE;
    }

    /**
     * The secrets of one environment.
     *
     * @param env the process environment
     * @param requiredNames every variable name a pipeline requires (each side of {@code A|B})
     */
    public static Secrets of(Map<String, String> env, Collection<String> requiredNames) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> variable : env.entrySet()) {
            if (requiredNames.contains(variable.getKey()) || looksSecret(variable.getKey())) {
                String value = variable.getValue();
                if (value != null && value.length() >= MIN_SECRET_LENGTH && !found.contains(value)) {
                    found.add(value);
                }
            }
        }
        // Longest first, so a secret that contains another is masked whole.
        return new Secrets(longestFirst(found));
    }

    /**
     * Longest first, then alphabetical, by insertion: an environment holds a handful of secrets, and
     * a Comparator would be one more class for every run's start to load (a lambda, a spun one).
     */
    private static List<String> longestFirst(List<String> values) {
        String[] sorted = values.toArray(new String[0]);
        for (int i = 1; i < sorted.length; i++) {
            String value = sorted[i];
            int j = i;
            while (j > 0 && before(value, sorted[j - 1])) {
                sorted[j] = sorted[j - 1];
                j--;
            }
            sorted[j] = value;
        }
        return List.of(sorted);
    }

    private static boolean before(String a, String b) {
        return a.length() != b.length() ? a.length() > b.length() : a.compareTo(b) < 0;
    }

    /** Whether a variable's name marks its value as a credential. */
    public static boolean looksSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String part : SECRET_NAME_PARTS) {
            if (upper.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every secret value replaced by {@code ***}; {@code null} stays null. */
    public String mask(String text) {
        if (text == null || values.length == 0) {
            return text;
        }
        String masked = text;
        for (String secret : values) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, "***");
            }
        }
        return masked;
    }
}
