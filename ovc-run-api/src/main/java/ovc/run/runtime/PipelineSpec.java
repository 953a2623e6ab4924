package ovc.run.runtime;

import java.util.List;
import ovc.run.artifact.Identifiers;

/**
 * What a run is of: the declaration a {@code @Pipeline} annotation or a {@code RunWriter} call makes.
 *
 * @param id letters, digits and {@code -}, at most 64 characters
 * @param version a semantic version
 * @param requiredEnv variable names, each entry possibly {@code A|B} alternatives; repetitions are
 *     removed ({@code A|A} is {@code A}; {@code B|A} after {@code A|B} is dropped)
 */
public record PipelineSpec(String id, String version, List<String> requiredEnv) {

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
        // By hand, not by the semver.org regex: compiling it would cost every run's start
        // milliseconds of lambda spinning (HandWrittenChecksTest holds the two to the same answers).
        if (!Identifiers.isSemanticVersion(version)) {
            throw new IllegalArgumentException("pipeline version '" + version
                    + "' of " + id + " must be a semantic version such as 0.1.0");
        }
        requiredEnv = List.copyOf(requiredEnv);
        for (String entry : requiredEnv) {
            RequiredEnv.requireEntry(entry);
        }
        requiredEnv = RequiredEnv.distinct(requiredEnv);
    }

    // Written out rather than generated: the generated versions bootstrap through invokedynamic,
    // which costs milliseconds the first time a nested pipeline call compares its declaration with
    // the run around it (PipelineCall.enter). Same components, same hash as the generated one.
    @Override
    public boolean equals(Object other) {
        return other instanceof PipelineSpec that && java.util.Objects.equals(id, that.id)
                && java.util.Objects.equals(version, that.version) && java.util.Objects.equals(requiredEnv, that.requiredEnv);
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(id) * 31 + java.util.Objects.hashCode(version)) * 31
                + java.util.Objects.hashCode(requiredEnv);
    }

    /** A pipeline that requires no variables. */
    public static PipelineSpec of(String id, String version, String... requiredEnv) {
        return new PipelineSpec(id, version, List.of(requiredEnv));
    }
}
