package ovc.run.runtime;

import java.util.List;
import java.util.regex.Pattern;
import ovc.run.artifact.Identifiers;

/**
 * What a run is of: the declaration a {@code @Pipeline} annotation or a {@code RunWriter} call makes.
 *
 * @param id letters, digits and {@code -}, at most 64 characters
 * @param version a semantic version
 * @param requiredEnv variable names, each entry possibly {@code A|B} alternatives
 */
public record PipelineSpec(String id, String version, List<String> requiredEnv) {

    /** The official semantic versioning 2.0.0 pattern. */
    public static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

    /**
     * Validates the declaration.
     *
     * @throws IllegalArgumentException naming the value that is wrong and the rule
     */
    public PipelineSpec {
        if (!Identifiers.isPipelineId(id)) {
            throw new IllegalArgumentException("pipeline id '" + id
                    + "' must be letters, digits and '-' only, at most 64 characters (it becomes part of the run_id)");
        }
        if (version == null || !SEMVER.matcher(version).matches()) {
            throw new IllegalArgumentException("pipeline version '" + version
                    + "' of " + id + " must be a semantic version such as 0.1.0");
        }
        requiredEnv = List.copyOf(requiredEnv);
        for (String entry : requiredEnv) {
            RequiredEnv.requireEntry(entry);
        }
    }

    /** A pipeline that requires no variables. */
    public static PipelineSpec of(String id, String version, String... requiredEnv) {
        return new PipelineSpec(id, version, List.of(requiredEnv));
    }
}
