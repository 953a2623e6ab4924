package ovc.run.agent;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import ovc.run.runtime.RunConfig;

/**
 * The agent's arguments, {@code name=value} pairs separated by commas. Most names are the runtime's
 * settings ({@code reports}, {@code trigger}, {@code strict}, ...) and win over {@code -Dovc.run.*}
 * and {@code OVC_RUN_*}; their values are checked by the runtime when a run starts, where a bad
 * value gets its own warning. One is the agent's own: {@code cache=DIR|off}, the woven class cache
 * (default {@code $XDG_CACHE_HOME/ovc-run/woven}, else {@code ~/.cache/ovc-run/woven}).
 *
 * @param settings run settings by name, in the order given
 * @param cache the {@code cache} option as given, or null
 */
record AgentOptions(Map<String, String> settings, String cache) {

    /** The agent's own option, not a run setting. */
    static final String CACHE = "cache";

    AgentOptions {
        settings = Map.copyOf(settings);
    }

    /**
     * Parses {@code text}; an unknown name or a pair without {@code =} is left out and named in
     * one line on {@code err} with the valid names.
     */
    static AgentOptions parse(String text, PrintStream err) {
        Map<String, String> settings = new LinkedHashMap<>();
        String cache = null;
        TreeSet<String> unknown = new TreeSet<>();
        if (text != null) {
            for (String pair : text.split(",")) {
                String item = pair.trim();
                if (item.isEmpty()) {
                    continue;
                }
                int equals = item.indexOf('=');
                String name = equals < 0 ? item : item.substring(0, equals).trim();
                if (equals > 0 && name.equals(CACHE)) {
                    cache = item.substring(equals + 1).trim();
                } else if (equals < 0 || !RunConfig.NAMES.contains(name)) {
                    unknown.add(item);
                } else {
                    settings.put(name, item.substring(equals + 1).trim());
                }
            }
        }
        if (!unknown.isEmpty()) {
            err.println("[ovc-run] ignoring agent option" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + "; valid options are name=value with name one of "
                    + String.join(", ", validNames()));
        }
        return new AgentOptions(settings, cache);
    }

    private static TreeSet<String> validNames() {
        TreeSet<String> names = new TreeSet<>(RunConfig.NAMES);
        names.add(CACHE);
        return names;
    }

    /** The woven class cache's folder, or {@code null} for {@code cache=off} or no home to put it in. */
    Path cacheFolder() {
        if (cache != null && !cache.isEmpty()) {
            return cache.equalsIgnoreCase("off") ? null : Path.of(cache).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ovc-run", "woven");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "ovc-run", "woven");
    }

    /**
     * Whether the agent explains what it weaves: {@code debug=true}, {@code -Dovc.run.debug=true} or
     * {@code OVC_RUN_DEBUG=true}, resolved as the runtime resolves every setting.
     */
    boolean debug() {
        return Boolean.parseBoolean(RunConfig.processSetting("debug", settings));
    }
}
