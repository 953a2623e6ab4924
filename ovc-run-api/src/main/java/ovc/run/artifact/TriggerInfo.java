package ovc.run.artifact;

/**
 * run.json's {@code trigger}: what started the run.
 *
 * @param type one of {@link #TYPES}
 * @param source where it came from ({@code cli}, {@code workflow:backfill})
 * @param actor who started it
 */
public record TriggerInfo(String type, String source, String actor) {

    /** The trigger types of the v0.1 format. */
    public static final java.util.List<String> TYPES =
            java.util.List.of("github_schedule", "github_dispatch", "local_cli", "worker_http", "worker_cron");

    /** Validates the type. */
    public TriggerInfo {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("trigger type '" + type + "' is not one of " + TYPES);
        }
        Identifiers.requireText("trigger source", source);
        Identifiers.requireText("trigger actor", actor);
    }
}
