package ovc.run.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "P2_Backfill, P2-Backfill",
        "'P2 Backfill ', P2-Backfill",
        "Café-Load, Cafe-Load",
        "B1.Derived/C1, B1-Derived-C1",
        "###, none",
    })
    void pipelineId(String id, String suggestion) {
        assertEquals(suggestion, Suggestions.pipelineId(id));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "v1.2.3, 1.2.3",
        "1.2, 1.2.0",
        "1, 1.0.0",
        "01.02.003, 1.2.3",
        "V2.0-rc.1, 2.0.0-rc.1",
        "' 1.0.0', 1.0.0",
        "latest, none",
        "1.2.3.4, none",
    })
    void version(String version, String suggestion) {
        assertEquals(suggestion, Suggestions.version(version));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "OANDA-API-TOKEN, OANDA_API_TOKEN",
        "'NEON_DSN ', NEON_DSN",
        "oanda api token, oanda_api_token",
        "1PASSWORD, none",
        "'A,B', none",
    })
    void envName(String name, String suggestion) {
        assertEquals(suggestion, Suggestions.envName(name));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "rowsInserted, rows_inserted",
        "Rows-Inserted, rows_inserted",
        "rows inserted, rows_inserted",
        "HTTPStatus, http_status",
        "neon__table, neon_table",
        "_neon_table_, neon_table",
        "2fa_check, none",
    })
    void snakeCase(String value, String suggestion) {
        assertEquals(suggestion, Suggestions.snakeCase(value));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "run.json:outputs[0].rows_written, run.json:$.outputs[0].rows_written",
        "run.json:$outputs, run.json:$.outputs",
        "run.json.$.env.missing, run.json:$.env.missing",
        "$.outputs[0], run.json:$.outputs[0]",
        "run.log:42, run.log:line:42",
        "run.log:line 7, run.log:line:7",
        "run.log:L007, run.log:line:7",
        "run.log:line:0, none",
        "run.log:1-2, none",
        "artifact/report.json, artifacts/report.json",
        "./artifacts/report.json, artifacts/report.json",
        "artifacts:report.json, artifacts/report.json",
        "artifacts\\sub\\r.json, artifacts/sub/r.json",
        "artifacts//sub/r.json, artifacts/sub/r.json",
        "report.json, none",
    })
    void evidence(String evidence, String suggestion) {
        assertEquals(suggestion, Suggestions.evidence(evidence));
    }

    @ParameterizedTest
    @CsvSource({
        "neon_table, neon_table, 0",
        "neon_tabel, neon_table, 1",
        "neon_tables, neon_table, 1",
        "neon_tab, neon_table, 2",
        "csv, tsv, 1",
        "file, notion_page, 2",
    })
    void editDistanceCountsASwapOfNeighboursAsOneEdit(String a, String b, int distance) {
        assertEquals(distance, Suggestions.editDistance(a, b, 1));
    }
}
