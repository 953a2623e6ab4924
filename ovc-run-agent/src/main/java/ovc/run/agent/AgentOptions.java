package ovc.run.agent;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import ovc.run.runtime.RunConfig;

/**
 * The agent's arguments, {@code name=value} pairs separated by commas. The names are the runtime's
 * settings ({@code reports}, {@code trigger}, {@code strict}, ...) and win over {@code -Dovc.run.*}
 * and {@code OVC_RUN_*}; their values are checked by the runtime when a run starts, where a bad
 * value gets its own warning.
 *
 * @param settings run settings by name, in the order given
 */
record AgentOptions(Map<String, String> settings) {

    AgentOptions {
        settings = Map.copyOf(settings);
    }

    /**
     * Parses {@code text}; an unknown name or a pair without {@code =} is left out and named in
     * one line on {@code err} with the valid names.
     */
    static AgentOptions parse(String text, PrintStream err) {
        Map<String, String> settings = new LinkedHashMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        if (text != null) {
            for (String pair : text.split(",")) {
                String item = pair.trim();
                if (item.isEmpty()) {
                    continue;
                }
                int equals = item.indexOf('=');
                String name = equals < 0 ? item : item.substring(0, equals).trim();
                if (equals < 0 || !RunConfig.NAMES.contains(name)) {
                    unknown.add(item);
                } else {
                    settings.put(name, item.substring(equals + 1).trim());
                }
            }
        }
        if (!unknown.isEmpty()) {
            err.println("[ovc-run] ignoring agent option" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + "; valid options are name=value with name one of "
                    + String.join(", ", new TreeSet<>(RunConfig.NAMES)));
        }
        return new AgentOptions(settings);
    }

    /** Whether the agent explains what it weaves ({@code debug=true} or {@code -Dovc.run.debug=true}). */
    boolean debug() {
        String value = settings.get("debug");
        return value != null ? Boolean.parseBoolean(value) : Boolean.getBoolean(RunConfig.PROPERTY_PREFIX + "debug");
    }
}
