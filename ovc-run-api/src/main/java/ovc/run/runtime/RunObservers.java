package ovc.run.runtime;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import ovc.run.artifact.RunFacts;

/**
 * Where {@link RunLifecycle} tells the run observer (OpenLineage export) about runs. Resolved once,
 * at the first run's start, by a few plain look-ups: with nothing configured this is the only class
 * of the feature that a run loads, and each call costs one read of a field.
 *
 * <p>Configured means: {@code OPENLINEAGE_DISABLED} is not {@code true}, and one of
 * {@code openlineage.url} ({@code -Dovc.run.openlineage.url}, {@code OVC_RUN_OPENLINEAGE_URL}),
 * {@code OPENLINEAGE_URL}, {@code OPENLINEAGE_CONFIG}, {@code OPENLINEAGE__TRANSPORT__TYPE} is set
 * or an {@code openlineage.yml} is in the working directory or {@code ~/.openlineage/}.
 */
public final class RunObservers {

    private static final String OPENLINEAGE = "openlineage.";
    private static final Object LOCK = new Object();
    private static boolean resolved;
    // Null when not configured; its class is loaded only when it is.
    private static volatile ObserverDelivery delivery;

    private RunObservers() {}

    /**
     * {@code run} claimed its folder (called on the run's thread, returns at once); {@code overrides}
     * are its settings' overrides, where {@code openlineage.*} agent arguments come from.
     */
    static void started(ActiveRun run, Map<String, String> overrides) {
        ObserverDelivery target = resolve(run.environment(), overrides);
        if (target != null) {
            target.started(run);
        }
    }

    /** {@code run} finished with {@code facts}; {@code error} ended it, or is {@code null}. */
    static void finished(ActiveRun run, RunFacts facts, Throwable error) {
        ObserverDelivery target = delivery;
        if (target != null) {
            target.finished(run, facts, error);
        }
    }

    /** The process is exiting: waits for pending deliveries, {@code openlineage.timeout} at most in all. */
    static void processExiting() {
        ObserverDelivery target = delivery;
        if (target != null) {
            target.awaitDelivered();
        }
    }

    private static ObserverDelivery resolve(RunEnvironment environment, Map<String, String> overrides) {
        synchronized (LOCK) {
            if (!resolved) {
                resolved = true;
                if (configured(environment.env(), withOverrides(environment.properties(), overrides),
                        environment.workingDirectory().toString())) {
                    delivery = new ObserverDelivery(environment, withOverrides(environment.properties(), overrides));
                }
            }
            return delivery;
        }
    }

    /** Whether these variables, properties and working directory ask for OpenLineage export. */
    static boolean configured(Map<String, String> env, Map<String, String> properties, String workingDirectory) {
        if ("true".equalsIgnoreCase(env.get("OPENLINEAGE_DISABLED"))) {
            return false;
        }
        if (Setting.OPENLINEAGE_URL.raw(Map.of(), properties, env) != null || isSet(env.get("OPENLINEAGE_URL"))
                || isSet(env.get("OPENLINEAGE_CONFIG")) || isSet(env.get("OPENLINEAGE__TRANSPORT__TYPE"))) {
            return true;
        }
        String home = System.getProperty("user.home");
        return new File(workingDirectory, "openlineage.yml").isFile()
                || (home != null && new File(home, ".openlineage" + File.separator + "openlineage.yml").isFile());
    }

    /**
     * {@code properties} with each {@code openlineage.*} override put under its property name, where
     * it wins over the property (the usual precedence: agent argument, {@code -D}, variable); the
     * same map when there is none.
     */
    static Map<String, String> withOverrides(Map<String, String> properties, Map<String, String> overrides) {
        Map<String, String> merged = properties;
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            Setting setting = override.getKey().startsWith(OPENLINEAGE) ? Setting.named(override.getKey()) : null;
            if (setting != null && isSet(override.getValue())) {
                if (merged == properties) {
                    merged = new HashMap<>(properties);
                }
                merged.put(setting.property(), override.getValue());
            }
        }
        return merged;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
