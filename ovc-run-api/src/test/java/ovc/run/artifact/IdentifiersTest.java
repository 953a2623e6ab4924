package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"oanda", "neon_table", "rows_inserted", "b2_derived_v0_1", "x9"})
    void snakeCase(String id) {
        assertThat(Identifiers.isSnakeCase(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Neon", "neonTable", "neon-table", "_neon", "neon_", "neon__table", "9lives", "né"})
    void notSnakeCase(String id) {
        assertThat(Identifiers.isSnakeCase(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2-Backfill", "B1-DerivedC1", "c", "0-9"})
    void pipelineIds(String id) {
        assertThat(Identifiers.isPipelineId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P2_Backfill", "P2 Backfill", "P2.Backfill", "Pé"})
    void notPipelineIds(String id) {
        assertThat(Identifiers.isPipelineId(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEON_DSN", "_X", "a1"})
    void envNames(String name) {
        assertThat(Identifiers.isEnvName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1A", "A-B", "A|B", "A B"})
    void notEnvNames(String name) {
        assertThat(Identifiers.isEnvName(name)).isFalse();
    }
}
