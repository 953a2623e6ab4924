package ovc.run.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import ovc.run.artifact.TriggerInfo;

/**
 * Every setting of ovc-run, each defined once: its name (also the agent argument
 * {@code name=value}), its system property {@code -Dovc.run.<name>}, its variable
 * {@code OVC_RUN_<NAME>}, how its value is checked, its default and its documentation line. The
 * README's settings table is checked against this enum by a test, so the two cannot drift.
 *
 * <p>Precedence, the same for every setting and every entry point (agent, {@code RunWriter},
 * {@code exec}): explicit overrides (agent arguments, builder calls, command-line options), then
 * the system property, then the variable, then the default. A blank value counts as unset.
 */
public enum Setting {

    /** Folder of run folders. */
    REPORTS("reports", Values.TEXT, "reports/runs", "folder for run folders, relative to the working directory"),
    /** Explicit trigger type. */
    TRIGGER("trigger", Values.TRIGGER, "detected",
            "trigger type: `github_schedule`, `github_dispatch`, `local_cli`, `worker_http`, `worker_cron`"),
    /** Explicit trigger source. */
    TRIGGER_SOURCE("trigger.source", Values.TEXT, "detected", "trigger source"),
    /** Explicit trigger actor. */
    TRIGGER_ACTOR("trigger.actor", Values.TEXT, "detected", "trigger actor"),
    /** Whether a run that cannot be recorded fails. */
    STRICT("strict", Values.FLAG, "false", "a run that cannot be recorded fails instead of warning"),
    /** Whether stdout and stderr are copied into run.log. */
    CAPTURE("capture", Values.CAPTURE, "all", "`none` leaves stdout/stderr out of run.log"),
    /** Whether recording decisions are explained on stderr. */
    DEBUG("debug", Values.FLAG, "false", "explain recording decisions on stderr"),
    /** Whether each run folder is sealed at finish. */
    SEAL("seal", Values.FLAG, "false",
            "seal each run folder at finish: `manifest.json` and `MANIFEST.sha256` (checked by `ovc-run verify`)"),
    /** Variable names or globs whose values are masked besides the built-in credential names. */
    SECRET_NAMES("secret.names", Values.TEXT, "none",
            "more variables whose values are secrets: names or globs (`*`, `?`), separated by `,` or `;` (see [Masking](#masking))"),
    /** The agent's woven-class cache (read by the agent only). */
    CACHE("cache", Values.TEXT, "$XDG_CACHE_HOME/ovc-run/woven",
            "the agent's woven class cache folder, or `off` (else `~/.cache/ovc-run/woven`)"),
    /** OpenLineage backend: events are posted to its {@code /api/v1/lineage}. */
    OPENLINEAGE_URL("openlineage.url", Values.TEXT, "none",
            "OpenLineage backend URL (else `OPENLINEAGE_URL`); events go to `<url>/api/v1/lineage`"),
    /** OpenLineage job namespace. */
    OPENLINEAGE_NAMESPACE("openlineage.namespace", Values.TEXT, "ovc-run",
            "OpenLineage `job.namespace` (else `OPENLINEAGE_NAMESPACE`; in GitHub Actions `github://<owner>/<repo>`)"),
    /** How long the process's exit waits for OpenLineage deliveries, in all. */
    OPENLINEAGE_TIMEOUT("openlineage.timeout", Values.MILLIS, "5000",
            "milliseconds the exit waits, in all, for pending OpenLineage events (also each event's retry budget)"),
    /** Dataset namespaces by ovc-run input/output type. */
    OPENLINEAGE_DATASETS("openlineage.datasets", Values.TEXT, "none",
            "dataset namespace per `type`: `neon_table=postgres://host:5432,oanda=https://api.oanda.com`");

    /** Prefix of the system properties. */
    public static final String PROPERTY_PREFIX = "ovc.run.";
    /** Prefix of the environment variables. */
    public static final String VARIABLE_PREFIX = "OVC_RUN_";

    private static final Setting[] ALL = values();

    private final String key;
    private final Values values;
    private final String defaultText;
    private final String description;

    Setting(String key, Values values, String defaultText, String description) {
        this.key = key;
        this.values = values;
        this.defaultText = defaultText;
        this.description = description;
    }

    /** The setting's name: the agent argument and the suffix of its property. */
    public String key() {
        return key;
    }

    /** Its system property, {@code ovc.run.<name>}. */
    public String property() {
        return PROPERTY_PREFIX + key;
    }

    /** Its environment variable, {@code OVC_RUN_<NAME>} with dots as underscores. */
    public String variable() {
        return VARIABLE_PREFIX + key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** Its default as the documentation states it. */
    public String defaultText() {
        return defaultText;
    }

    /** One line saying what it does, as the README's table has it. */
    public String description() {
        return description;
    }

    /** Every setting's name in alphabetical order, as a message listing the valid ones gives them. */
    public static TreeSet<String> keys() {
        TreeSet<String> keys = new TreeSet<>();
        for (Setting setting : ALL) {
            keys.add(setting.key);
        }
        return keys;
    }

    /** The setting called {@code key}, or {@code null} when there is none. */
    public static Setting named(String key) {
        for (Setting setting : ALL) {
            if (setting.key.equals(key)) {
                return setting;
            }
        }
        return null;
    }

    /**
     * The raw value by the one precedence: {@code overrides} by name, then {@code properties}
     * ({@code ovc.run.*} names), then {@code variables}.
     *
     * @return the trimmed value, or {@code null} when none is set
     */
    public String raw(Map<String, String> overrides, Map<String, String> properties, Map<String, String> variables) {
        return firstSet(overrides.get(key), properties.get(property()), variables.get(variable()));
    }

    /**
     * Where {@link #raw} found the value: {@code "override"}, the property, the variable, or
     * {@code "default"}; for {@code debug}'s explanations.
     */
    public String origin(Map<String, String> overrides, Map<String, String> properties, Map<String, String> variables) {
        if (isSet(overrides.get(key))) {
            return "override";
        }
        if (isSet(properties.get(property()))) {
            return "-D" + property();
        }
        return isSet(variables.get(variable())) ? variable() : "default";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** The raw value in the running process ({@code System} properties and variables). */
    public String rawInProcess(Map<String, String> overrides) {
        return firstSet(overrides.get(key), System.getProperty(property()), System.getenv(variable()));
    }

    /** The first of the three that is set (not null, not blank), trimmed; {@code null} when none is. */
    private static String firstSet(String override, String property, String variable) {
        String value = isSet(override) ? override : isSet(property) ? property : isSet(variable) ? variable : null;
        return value == null ? null : value.trim();
    }

    /**
     * Checks a raw value: returns it as this setting understands it (canonical text, or
     * {@code "true"}/{@code "false"} for a flag), or {@code null} after adding one message to
     * {@code problems} saying what was wrong and what is used instead.
     */
    String check(String raw, List<String> problems) {
        // An if-chain over a plain enum: constant-specific bodies would be one more class per
        // kind for every run's start to load.
        if (values == Values.TEXT) {
            return raw;
        }
        if (values == Values.FLAG) {
            if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
                return raw.toLowerCase(Locale.ROOT);
            }
            problems.add(key + " '" + raw + "' is not true or false; using " + defaultText);
            return null;
        }
        if (values == Values.TRIGGER) {
            if (TriggerInfo.TYPES.contains(raw)) {
                return raw;
            }
            problems.add(key + " '" + raw + "' is not one of " + TriggerInfo.TYPES + "; detecting the trigger instead");
            return null;
        }
        if (values == Values.MILLIS) {
            String problem = millisProblem(raw);
            if (problem == null) {
                return raw;
            }
            problems.add(problem);
            return null;
        }
        String choice = raw.toLowerCase(Locale.ROOT);
        if (choice.equals("all") || choice.equals("none")) {
            return choice;
        }
        problems.add(key + " '" + raw + "' is not 'all' or 'none'; capturing all");
        return null;
    }

    /** Whether a flag setting is on in the running process, with {@code overrides} first; a bad value is off. */
    public boolean isOnInProcess(Map<String, String> overrides) {
        String raw = rawInProcess(overrides);
        return raw != null && raw.equalsIgnoreCase("true");
    }

    /**
     * A raw value of this setting read as a positive number of milliseconds (as
     * {@code openlineage.timeout} is): the default's when it is unset or not such a number, so that
     * every reader of the setting uses the same value ({@link #millisProblem} says why).
     */
    public long millis(String raw) {
        long millis = positiveMillis(raw);
        return millis > 0 ? millis : positiveMillis(defaultText);
    }

    /** What is wrong with a raw value read as {@link #millis}, and what is used instead; {@code null} when nothing is. */
    public String millisProblem(String raw) {
        return raw == null || positiveMillis(raw) > 0 ? null
                : key + " '" + raw + "' is not a positive number of milliseconds; using " + defaultText;
    }

    private static long positiveMillis(String raw) {
        if (raw == null) {
            return -1;
        }
        try {
            long millis = Long.parseLong(raw);
            return millis > 0 ? millis : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** The kinds of value a setting takes. */
    private enum Values { TEXT, FLAG, TRIGGER, CAPTURE, MILLIS }
}
