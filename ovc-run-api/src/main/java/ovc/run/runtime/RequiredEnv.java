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
        if (!Identifiers.isEnvRequirement(entry)) {
            throw new IllegalArgumentException("required environment entry '" + entry
                    + "' must be a variable name ([A-Za-z_][A-Za-z0-9_]*) or alternatives A|B");
        }
    }

    /**
     * The entries with repetitions removed, as the processor would have had them written: a name
     * repeated inside an entry once ({@code A|A} is {@code A}), and an entry naming the same
     * variables as an earlier one ({@code B|A} after {@code A|B}) dropped. The processor refuses
     * both at compile time; a {@code RunWriter} caller has no compiler check, so the runtime
     * de-duplicates instead of failing the run. The same list back when nothing repeats.
     */
    static List<String> distinct(List<String> entries) {
        List<String> kept = null;
        List<Set<String>> seen = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            Set<String> names = Identifiers.envRequirementNames(entry);
            boolean repeated = seen.contains(names);
            boolean collapsed = names.size() < alternatives(entry);
            if ((repeated || collapsed) && kept == null) {
                kept = new ArrayList<>(entries.subList(0, i));
            }
            if (!repeated) {
                seen.add(names);
                if (kept != null) {
                    kept.add(collapsed ? String.join("|", names) : entry);
                }
            }
        }
        return kept == null ? entries : List.copyOf(kept);
    }

    /** How many names {@code entry} writes, repetitions counted. */
    private static int alternatives(String entry) {
        int count = 1;
        for (int i = 0; i < entry.length(); i++) {
            if (entry.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }

    /** Every variable name the entries mention, each side of {@code A|B} included. */
    public static Set<String> names(List<String> entries) {
        Set<String> names = new LinkedHashSet<>();
        for (String entry : entries) {
            names.addAll(Identifiers.envRequirementNames(entry));
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
