package ovc.run.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ovc.run.artifact.EnvReport;
import ovc.run.artifact.Identifiers;

/**
 * Evaluates required environment variables: unset or empty counts as missing, and an entry
 * {@code A|B} is satisfied by either name.
 */
public final class RequiredEnv {

    private RequiredEnv() {}

    /**
     * Checks one declared entry.
     *
     * @throws IllegalArgumentException when it is empty, malformed or not variable names
     */
    static void requireEntry(String entry) {
        if (entry == null || entry.isEmpty()) {
            throw new IllegalArgumentException("a required environment entry must not be empty");
        }
        for (String name : entry.split("\\|", -1)) {
            if (!Identifiers.isEnvName(name)) {
                throw new IllegalArgumentException("required environment entry '" + entry
                        + "' must be a variable name ([A-Za-z_][A-Za-z0-9_]*) or alternatives A|B");
            }
        }
    }

    /** Every variable name the entries mention, each side of {@code A|B} included. */
    public static Set<String> names(List<String> entries) {
        Set<String> names = new LinkedHashSet<>();
        for (String entry : entries) {
            names.addAll(List.of(entry.split("\\|")));
        }
        return names;
    }

    /**
     * What run.json's {@code env} says for these entries in this environment.
     *
     * @return present: the names found set and non-empty; missing: the entries not satisfied
     */
    public static EnvReport evaluate(List<String> entries, Map<String, String> env) {
        Set<String> present = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String entry : entries) {
            boolean satisfied = false;
            for (String name : entry.split("\\|")) {
                String value = env.get(name);
                if (value != null && !value.isEmpty()) {
                    present.add(name);
                    satisfied = true;
                }
            }
            if (!satisfied && !missing.contains(entry)) {
                missing.add(entry);
            }
        }
        return new EnvReport(new ArrayList<>(present), missing);
    }
}
