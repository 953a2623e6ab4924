package ovc.run.runtime;

import java.util.Map;
import ovc.run.artifact.TriggerInfo;

/**
 * Decides run.json's {@code trigger} by the rules the format's first writers used (see the README's
 * Configuration section), with explicit configuration winning: {@code worker_http} and
 * {@code worker_cron} can only come that way.
 */
public final class TriggerDetector {

    private TriggerDetector() {}

    /** The trigger for a run with this configuration in this environment. */
    public static TriggerInfo detect(RunConfig config, Map<String, String> env) {
        TriggerInfo detected = fromEnvironment(env);
        if (config.triggerType() == null && config.triggerSource() == null && config.triggerActor() == null) {
            return detected;
        }
        return new TriggerInfo(
                config.triggerType() != null ? config.triggerType() : detected.type(),
                config.triggerSource() != null ? config.triggerSource() : detected.source(),
                config.triggerActor() != null ? config.triggerActor() : detected.actor());
    }

    static TriggerInfo fromEnvironment(Map<String, String> env) {
        if (RunEnvironment.inGithubActions(env)) {
            String event = value(env, "GITHUB_EVENT_NAME", "");
            String source = "workflow:" + value(env, "GITHUB_WORKFLOW", "unknown");
            String actor = value(env, "GITHUB_ACTOR", "github-actions[bot]");
            if (event.equals("schedule")) {
                return new TriggerInfo("github_schedule", source, actor);
            }
            if (event.isEmpty() || event.equals("workflow_dispatch")) {
                return new TriggerInfo("github_dispatch", source, actor);
            }
            return new TriggerInfo("github_dispatch", source + ":" + event, actor);
        }
        String actor = value(env, "USER", value(env, "USERNAME", "unknown"));
        return new TriggerInfo("local_cli", "cli", actor);
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
