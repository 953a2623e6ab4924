package ovc.run.cli.exec;

import java.util.Iterator;
import java.util.Map;

/**
 * Gives a child process its environment without re-encoding what it inherits.
 *
 * <p>{@link ProcessBuilder#environment()} starts as this process's environment and keeps each
 * variable's original bytes until it is replaced; a variable put in is encoded with
 * {@code sun.jnu.encoding}, which in a C/POSIX locale is ASCII, so {@code Pässword} would reach the
 * child as {@code P??ssword}. Only the variables that differ are therefore touched: every one the
 * child shares with this process goes through byte for byte, in any locale.
 */
final class ChildEnvironment {

    private ChildEnvironment() {}

    /** Makes {@code builderEnv} equal to {@code wanted}, changing only the variables that differ. */
    static void apply(Map<String, String> wanted, Map<String, String> builderEnv) {
        for (Iterator<Map.Entry<String, String>> it = builderEnv.entrySet().iterator(); it.hasNext(); ) {
            if (!wanted.containsKey(it.next().getKey())) {
                it.remove();
            }
        }
        for (Map.Entry<String, String> variable : wanted.entrySet()) {
            if (!variable.getValue().equals(builderEnv.get(variable.getKey()))) {
                builderEnv.put(variable.getKey(), variable.getValue());
            }
        }
    }
}
