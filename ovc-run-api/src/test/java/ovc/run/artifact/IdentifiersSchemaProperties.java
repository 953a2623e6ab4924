package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ovc.run.contracts.ContractValidator;

/**
 * The hand-written identifier rules the runtime and the processor apply accept exactly what the
 * contract schemas' patterns accept, on strings built from the characters at each rule's edges.
 */
class IdentifiersSchemaProperties {

    private static final ContractValidator SCHEMA = new ContractValidator();
    private static final String RUN = ContractValidator.RUN_SCHEMA;
    private static final String CHECKS = ContractValidator.CHECKS_SCHEMA;

    @Property(tries = 1500)
    void pipelineIds(@ForAll("identifierLike") String s) {
        assertThat(Identifiers.isPipelineId(s)).as(s).isEqualTo(SCHEMA.validateString(RUN, "/$defs/pipeline_id", s).isEmpty());
    }

    @Property(tries = 1500)
    void snakeCaseTypesAndCheckIds(@ForAll("identifierLike") String s) {
        boolean rule = Identifiers.isSnakeCase(s);
        assertThat(rule).as("type %s", s).isEqualTo(SCHEMA.validateString(RUN, "/$defs/type_name", s).isEmpty());
        assertThat(rule).as("check id %s", s)
                .isEqualTo(SCHEMA.validateString(CHECKS, "/$defs/check/properties/id", s).isEmpty());
    }

    @Property(tries = 1500)
    void envNamesAndRequirements(@ForAll("identifierLike") String s) {
        assertThat(Identifiers.isEnvName(s)).as("name %s", s)
                .isEqualTo(SCHEMA.validateString(RUN, "/$defs/env_name", s).isEmpty());
        assertThat(Identifiers.isEnvRequirement(s)).as("requirement %s", s)
                .isEqualTo(SCHEMA.validateString(RUN, "/$defs/env_requirement", s).isEmpty());
    }

    @Property(tries = 1500)
    void semanticVersions(@ForAll("versionLike") String s) {
        assertThat(Identifiers.isSemanticVersion(s)).as(s)
                .isEqualTo(SCHEMA.validateString(RUN, "/properties/pipeline_version", s).isEmpty());
    }

    @Provide
    Arbitrary<String> identifierLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aZ9_-|").ofMaxLength(8),
                Arbitraries.strings().withChars("ab_").ofMinLength(60).ofMaxLength(70),
                Arbitraries.strings().withChars("aB0_-|. é\n\u0000").ofMaxLength(6));
    }

    @Provide
    Arbitrary<String> versionLike() {
        return Arbitraries.strings().withChars("0123.-+aZ").ofMaxLength(10);
    }
}
