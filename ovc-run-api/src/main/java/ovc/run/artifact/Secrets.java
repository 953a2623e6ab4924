package ovc.run.artifact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

    /** Longest first, then alphabetical; a class rather than a comparator chain of lambdas (start-up). */
    private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(String a, String b) {
            return a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b);
        }
    };

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
            if (isMasked(variable.getKey(), requiredNames)) {
                String value = variable.getValue();
                if (value != null && value.length() >= MIN_SECRET_LENGTH && !found.contains(value)) {
                    found.add(value);
                }
            }
        }
        // Longest first, so a secret that contains another is masked whole.
        found.sort(LONGEST_FIRST);
        return new Secrets(found);
    }

    /**
     * Whether the value of the variable {@code name} is masked in a run that requires
     * {@code requiredNames}: required variables and credential-like names.
     */
    public static boolean isMasked(String name, Collection<String> requiredNames) {
        return requiredNames.contains(name) || looksSecret(name);
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
