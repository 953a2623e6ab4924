package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ovc.run.artifact.Identifiers;

/** Identifiers computed at run time become snake_case; the result always passes the format's rule. */
class SnakeCaseTest {

    @ParameterizedTest
    @CsvSource({
        "rows_EUR_USD, rows_eur_usd",
        "rowsInserted, rows_inserted",
        "'fx rate-2h', fx_rate_2h",
        "__a__b__, a_b",
        "2h_blocks, x_2h_blocks",
        "Rows.EUR/USD, rows_eur_usd",
        "already_fine_1, already_fine_1",
        "v2Count, v2_count",
        "ABC, abc",
        "caf\u00e9_rows, caf_rows",
    })
    void normalises(String given, String expected) {
        assertThat(SnakeCase.normalise(given)).isEqualTo(expected);
        assertThat(Identifiers.isSnakeCase(expected)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "___", " - ", "\u00e9\u00e8"})
    void nothingToKeepGivesNull(String given) {
        assertThat(SnakeCase.normalise(given)).isNull();
    }
}
