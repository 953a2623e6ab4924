package ovc.run.benchmarks.masking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The masking of the base commit (cb0c54b), kept only as the baseline the new policy is measured
 * against in the same JVM: one {@code contains} and {@code replace} per secret value.
 */
final class LegacySecrets {

    private static final List<String> PARTS = List.of("TOKEN", "SECRET", "PASSWORD", "PASSWD", "KEY", "DSN");
    private final String[] values;

    LegacySecrets(Map<String, String> env) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> variable : env.entrySet()) {
            String upper = variable.getKey().toUpperCase(Locale.ROOT);
            for (String part : PARTS) {
                if (upper.contains(part) && variable.getValue().length() >= 3 && !found.contains(variable.getValue())) {
                    found.add(variable.getValue());
                    break;
                }
            }
        }
        found.sort(Comparator.comparingInt(String::length).reversed());
        values = found.toArray(new String[0]);
    }

    String mask(String text) {
        String masked = text;
        for (String secret : values) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, "***");
            }
        }
        return masked;
    }
}
