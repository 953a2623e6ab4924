package ovc.run.runtime;

import java.util.List;
import ovc.run.artifact.Identifiers;

/**
 * What a run is of: the declaration a {@code @Pipeline} annotation or a {@code RunWriter} call makes.
 *
 * @param id letters, digits and {@code -}, at most 64 characters
 * @param version a semantic version
 * @param requiredEnv variable names, each entry possibly {@code A|B} alternatives
 * @see SemverPattern#SEMVER the version pattern, {@code PipelineSpec.SEMVER}
 */
public record PipelineSpec(String id, String version, List<String> requiredEnv) implements SemverPattern {

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
        // By hand, not SEMVER (inherited from SemverPattern, compiled only when read): the regex
        // would cost every run's start milliseconds of lambda spinning.
        if (!Identifiers.isSemanticVersion(version)) {
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
