package ovc.run.agent;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import ovc.run.runtime.CacheHome;
import ovc.run.runtime.Setting;

/**
 * The agent's arguments, {@code name=value} pairs separated by commas, each the name of a
 * {@link Setting}. They win over {@code -Dovc.run.*} and {@code OVC_RUN_*}; run settings are
 * checked by the runtime when a run starts, where a bad value gets its own warning. The agent
 * itself reads two: {@code debug} and {@code cache} (the woven class cache).
 *
 * @param settings settings by name, in the order given
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
                if (equals < 0 || Setting.named(name) == null) {
                    unknown.add(item);
                } else {
                    settings.put(name, item.substring(equals + 1).trim());
                }
            }
        }
        if (!unknown.isEmpty()) {
            err.println("[ovc-run] ignoring agent option" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + "; valid options are name=value with name one of "
                    + String.join(", ", Setting.keys()));
        }
        return new AgentOptions(settings);
    }


    /** The woven class cache's folder, or {@code null} for {@code cache=off} or no home to put it in. */
    Path cacheFolder() {
        String cache = Setting.CACHE.rawInProcess(settings);
        if (cache != null) {
            return cache.equalsIgnoreCase("off") ? null : Path.of(cache).toAbsolutePath();
        }
        Path home = CacheHome.ofProcess();
        return home == null ? null : home.resolve("woven");
    }

    /** Whether the woven class cache's folder was named ({@code cache=DIR}), not the default one. */
    boolean cacheFolderNamed() {
        String cache = Setting.CACHE.rawInProcess(settings);
        return cache != null && !cache.equalsIgnoreCase("off");
    }

    /** Whether the agent explains what it weaves ({@link Setting#DEBUG}). */
    boolean debug() {
        return Setting.DEBUG.isOnInProcess(settings);
    }
}
