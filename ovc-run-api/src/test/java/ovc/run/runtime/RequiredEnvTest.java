package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ovc.run.artifact.EnvReport;

class RequiredEnvTest {

    @Test
    void presentListsNamesFoundAndMissingListsEntriesAsDeclaredBothSorted() {
        EnvReport report = RequiredEnv.evaluate(List.of("Z_TOKEN", "NEON_DSN|DATABASE_URL", "A_EMPTY", "B_SET|C_SET"),
                Map.of("Z_TOKEN", "z", "A_EMPTY", "", "C_SET", "c", "B_SET", "b"));
        assertThat(report.present()).containsExactly("B_SET", "C_SET", "Z_TOKEN");
        assertThat(report.missing()).containsExactly("A_EMPTY", "NEON_DSN|DATABASE_URL");
    }

    @Test
    void aRepeatedEntryIsReportedOnce() {
        EnvReport report = RequiredEnv.evaluate(List.of("X", "X"), Map.of());
        assertThat(report.missing()).containsExactly("X");
    }

    @Test
    void repetitionsTheProcessorRefusesAreRemovedByTheRuntime() {
        // The processor fails the build on each of these (PipelineDeclarationTest); RunWriter has no compiler check.
        assertThat(RequiredEnv.distinct(List.of("A", "A"))).containsExactly("A");
        assertThat(RequiredEnv.distinct(List.of("A|B", "B|A", "C"))).containsExactly("A|B", "C");
        assertThat(RequiredEnv.distinct(List.of("A|A", "B|A|B"))).containsExactly("A", "B|A");
        List<String> clean = List.of("A", "B|C");
        assertThat(RequiredEnv.distinct(clean)).isSameAs(clean);
    }

    @Test
    void aSpecDeclaredWithRepetitionsRequiresEachVariableOnce() {
        PipelineSpec spec = PipelineSpec.of("P", "0.1.0", "NEON_DSN|DATABASE_URL", "DATABASE_URL|NEON_DSN", "T|T");
        assertThat(spec.requiredEnv()).containsExactly("NEON_DSN|DATABASE_URL", "T");
        assertThat(RequiredEnv.evaluate(spec.requiredEnv(), Map.of()).missing())
                .containsExactly("NEON_DSN|DATABASE_URL", "T");
    }

    @Test
    void namesIncludeBothSidesOfAlternatives() {
        assertThat(RequiredEnv.names(List.of("A", "B|C"))).containsExactly("A", "B", "C");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A|", "|A", "A||B", "A B", "1A", "A=B"})
    void malformedEntriesAreRefused(String entry) {
        assertThatThrownBy(() -> RequiredEnv.requireEntry(entry)).isInstanceOf(IllegalArgumentException.class);
    }
}
