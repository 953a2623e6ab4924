package ovc.run.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How runs are recorded. Each setting comes from, in order: explicit overrides (the agent's
 * arguments), the system property {@code ovc.run.<name>}, the variable {@code OVC_RUN_<NAME>}
 * (dots become underscores), then the default.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>name</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>reports</td><td>reports/runs</td><td>folder that holds run folders, relative to the working directory</td></tr>
 *   <tr><td>trigger</td><td>detected</td><td>trigger type, e.g. worker_cron</td></tr>
 *   <tr><td>trigger.source</td><td>detected</td><td>trigger source</td></tr>
 *   <tr><td>trigger.actor</td><td>detected</td><td>trigger actor</td></tr>
 *   <tr><td>strict</td><td>false</td><td>a run that cannot be recorded fails instead of warning</td></tr>
 *   <tr><td>capture</td><td>all</td><td>{@code none} leaves stdout and stderr out of run.log</td></tr>
 *   <tr><td>debug</td><td>false</td><td>explain recording decisions on stderr</td></tr>
 *   <tr><td>seal</td><td>false</td><td>seal every run folder at finish (manifest.json, MANIFEST.sha256)</td></tr>
 * </table>
 *
 * @param reportsDirectory absolute folder that holds run folders
 * @param triggerType explicit trigger type, or null to detect
 * @param triggerSource explicit trigger source, or null to detect
 * @param triggerActor explicit trigger actor, or null to detect
 * @param strict whether a recording failure fails the run
 * @param capture whether stdout and stderr are copied into run.log
 * @param debug whether to explain decisions on stderr
 * @param seal whether each run folder is sealed when the run finishes
 * @param problems settings that were present but invalid, one message each (already defaulted)
 */
public record RunConfig(
        Path reportsDirectory,
        String triggerType,
        String triggerSource,
        String triggerActor,
        boolean strict,
        boolean capture,
        boolean debug,
        boolean seal,
        List<String> problems) {

    /** Prefix of the system properties. */
    public static final String PROPERTY_PREFIX = "ovc.run.";
    /** Prefix of the environment variables. */
    public static final String ENV_PREFIX = "OVC_RUN_";
    /** Every setting name. */
    public static final Set<String> NAMES =
            Set.of("reports", "trigger", "trigger.source", "trigger.actor", "strict", "capture", "debug", "seal");

    /** Copies the problems. */
    public RunConfig {
        problems = List.copyOf(problems);
    }

    /** Resolves every setting from {@code environment} alone. */
    public static RunConfig resolve(RunEnvironment environment) {
        return resolve(Map.of(), environment);
    }

    /**
     * Resolves every setting.
     *
     * @param overrides settings by name that win over properties and variables
     * @param environment where properties, variables and the working directory come from
     */
    public static RunConfig resolve(Map<String, String> overrides, RunEnvironment environment) {
        List<String> problems = new ArrayList<>();
        Path reports = environment.workingDirectory().resolve(get(overrides, environment, "reports", "reports/runs"))
                .normalize();
        String trigger = get(overrides, environment, "trigger", null);
        if (trigger != null && !ovc.run.artifact.TriggerInfo.TYPES.contains(trigger)) {
            problems.add("trigger '" + trigger + "' is not one of " + ovc.run.artifact.TriggerInfo.TYPES
                    + "; detecting the trigger instead");
            trigger = null;
        }
        boolean strict = flag(overrides, environment, "strict", false, problems);
        String capture = get(overrides, environment, "capture", "all").toLowerCase(Locale.ROOT);
        if (!capture.equals("all") && !capture.equals("none")) {
            problems.add("capture '" + capture + "' is not 'all' or 'none'; capturing all");
            capture = "all";
        }
        boolean debug = flag(overrides, environment, "debug", false, problems);
        boolean seal = flag(overrides, environment, "seal", false, problems);
        return new RunConfig(reports, trigger, get(overrides, environment, "trigger.source", null),
                get(overrides, environment, "trigger.actor", null), strict, capture.equals("all"), debug, seal, problems);
    }

    /**
     * One setting of this process, by the same precedence as {@link #resolve}: {@code overrides},
     * then {@code -Dovc.run.<name>}, then {@code OVC_RUN_<NAME>}. For code that needs a single
     * setting before any run exists (the agent's {@code premain}).
     *
     * @return the trimmed value, or {@code null} when none is set
     */
    public static String processSetting(String name, Map<String, String> overrides) {
        return firstSet(overrides.get(name), System.getProperty(PROPERTY_PREFIX + name), System.getenv(envName(name)));
    }

    private static String envName(String name) {
        return ENV_PREFIX + name.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static String firstSet(String override, String property, String variable) {
        for (String value : new String[] {override, property, variable}) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    // Static methods, not a lookup record: one class fewer for every run's start to load.

    private static String get(Map<String, String> overrides, RunEnvironment environment, String name, String fallback) {
        String value = firstSet(overrides.get(name), environment.properties().get(PROPERTY_PREFIX + name),
                environment.env().get(envName(name)));
        return value == null ? fallback : value;
    }

    private static boolean flag(Map<String, String> overrides, RunEnvironment environment, String name,
            boolean fallback, List<String> problems) {
        String value = get(overrides, environment, name, null);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        problems.add(name + " '" + value + "' is not true or false; using " + fallback);
        return fallback;
    }
}
