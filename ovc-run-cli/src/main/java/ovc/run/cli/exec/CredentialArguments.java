package ovc.run.cli.exec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ovc.run.artifact.Secrets;

/**
 * Credentials a command line carries in its arguments, whether or not a variable holds them:
 *
 * <ul>
 *   <li>{@code --NAME=value}, {@code -NAME=value} and {@code NAME=value} (as {@code env} and
 *       {@code make} take them), and
 *   <li>{@code --NAME value}, the value being the next argument,
 * </ul>
 *
 * <p>where NAME is credential-like: {@link Secrets#looksSecret} says so, or one of its parts
 * (split at {@code -}, {@code _} and {@code .}) is {@code pw}, {@code pwd}, {@code pass} or
 * {@code passphrase}. Short options ({@code -p}) are not read: {@code -p} is a password to
 * {@code mysql} but a port to {@code ssh} and "parents" to {@code mkdir}. The values found are masked
 * like a secret variable's, in every form exec writes (the recorded command, run.log, checks).
 */
final class CredentialArguments {

    private static final Set<String> PASSWORD_PARTS = Set.of("PW", "PWD", "PASS", "PASSPHRASE");

    private CredentialArguments() {}

    /** The credential values in {@code argv}, as secrets; {@link Secrets#none()} when there are none. */
    static Secrets in(List<String> argv) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < argv.size(); i++) {
            String word = argv.get(i);
            int equals = word.indexOf('=');
            if (equals > 0) {
                if (isCredentialName(optionName(word.substring(0, equals)))) {
                    values.put("argv[" + i + "]", word.substring(equals + 1));
                }
            } else if (word.startsWith("--") && i + 1 < argv.size() && !argv.get(i + 1).startsWith("--")
                    && isCredentialName(word.substring(2))) {
                // A next word that is an option itself means this one is a flag (--password-stdin).
                values.put("argv[" + (i + 1) + "]", argv.get(i + 1));
            }
        }
        return values.isEmpty() ? Secrets.none() : Secrets.ofValues(values.values());
    }

    /** {@code --name}, {@code -name} or {@code name} without its dashes. */
    private static String optionName(String text) {
        int start = 0;
        while (start < text.length() && start < 2 && text.charAt(start) == '-') {
            start++;
        }
        return text.substring(start);
    }

    static boolean isCredentialName(String name) {
        if (name.isEmpty() || !isWord(name)) {
            return false;
        }
        if (Secrets.looksSecret(name)) {
            return true;
        }
        for (String part : name.toUpperCase(Locale.ROOT).split("[-_.]")) {
            if (PASSWORD_PARTS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Letters, digits, {@code -}, {@code _} and {@code .}: a name, not a path, URL or expression. */
    private static boolean isWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
