package ovc.run.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How runs are recorded: every {@link Setting} resolved once, by its one precedence (overrides
 * such as the agent's arguments, then {@code -Dovc.run.<name>}, then {@code OVC_RUN_<NAME>}, then
 * the default), when a run starts, and passed down from there.
 *
 * @param reportsDirectory absolute folder that holds run folders
 * @param triggerType explicit trigger type, or null to detect
 * @param triggerSource explicit trigger source, or null to detect
 * @param triggerActor explicit trigger actor, or null to detect
 * @param strict whether a recording failure fails the run
 * @param capture whether stdout and stderr are copied into run.log
 * @param debug whether to explain decisions on stderr
 * @param seal whether each run folder is sealed when the run finishes
 * @param secretNames the {@code secret.names} setting: more variable names or globs whose values are
 *     masked, or null
 * @param problems settings that were present but invalid, one message each (already defaulted)
 * @param origins with {@code debug} on, one {@code name=value (where from)} line per setting of a
 *     run; otherwise empty
 * @param overrides the overrides it was resolved with (the agent's arguments, builder calls,
 *     command-line options): the exporter resolves its {@code openlineage.*} settings from them by
 *     the same precedence
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
        String secretNames,
        List<String> problems,
        List<String> origins,
        Map<String, String> overrides) {

    /** Copies the problems and overrides. */
    public RunConfig {
        problems = List.copyOf(problems);
        origins = List.copyOf(origins);
        overrides = Map.copyOf(overrides);
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
        String reports = value(Setting.REPORTS, overrides, environment, problems);
        boolean debug = "true".equals(value(Setting.DEBUG, overrides, environment, problems));
        return new RunConfig(
                environment.workingDirectory().resolve(reports != null ? reports : Setting.REPORTS.defaultText()).normalize(),
                value(Setting.TRIGGER, overrides, environment, problems),
                value(Setting.TRIGGER_SOURCE, overrides, environment, problems),
                value(Setting.TRIGGER_ACTOR, overrides, environment, problems),
                "true".equals(value(Setting.STRICT, overrides, environment, problems)),
                !"none".equals(value(Setting.CAPTURE, overrides, environment, problems)),
                debug,
                "true".equals(value(Setting.SEAL, overrides, environment, problems)),
                value(Setting.SECRET_NAMES, overrides, environment, problems),
                problems,
                debug ? origins(overrides, environment) : List.of(),
                overrides);
    }

    /**
     * Each run setting with the value it has and where that came from, for {@code debug}: a value
     * that was set but is not valid shows as the default it gave way to, with what was set.
     */
    private static List<String> origins(Map<String, String> overrides, RunEnvironment environment) {
        List<String> lines = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            if (setting == Setting.CACHE) {
                continue; // the agent's, not a run's
            }
            String raw = setting.raw(overrides, environment.properties(), environment.env());
            String origin = setting.origin(overrides, environment.properties(), environment.env());
            String used = raw == null ? null : setting.check(raw, new ArrayList<>());
            lines.add(raw == null ? setting.key() + "=" + setting.defaultText() + " (" + origin + ")"
                    : used != null ? setting.key() + "=" + used + " (" + origin + ")"
                    : setting.key() + "=" + setting.defaultText() + " (" + origin + " is '" + raw + "', not valid)");
        }
        return lines;
    }

    /** A setting's checked value, or {@code null} when unset or invalid (then said in {@code problems}). */
    private static String value(Setting setting, Map<String, String> overrides, RunEnvironment environment,
            List<String> problems) {
        String raw = setting.raw(overrides, environment.properties(), environment.env());
        return raw == null ? null : setting.check(raw, problems);
    }
}
