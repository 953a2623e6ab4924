package ovc.run.examples.ovc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ovc.run.RunWriter;
import ovc.run.TestWriters;
import ovc.run.runtime.RunEnvironment;

/**
 * The pipelines' business code inside a {@link RunWriter} run, against H2 and (in CI) PostgreSQL.
 * The forked-JVM tests with the agent check the same pipelines as users run them.
 */
class OvcPipelinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateRange WEEK = DateRange.parse(P2Backfill.DEFAULT_RANGE);

    @TempDir
    Path work;

    static java.util.List<String> databases() {
        return TestDatabases.urls();
    }

    private RunWriter start(String pipelineId) {
        RunEnvironment environment = new RunEnvironment(Map.of(), Map.of(), Clock.systemUTC(), work, System.out, System.err);
        return TestWriters.in(environment, RunWriter.builder(pipelineId, "0.1.0")).start();
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void backfillUpsertsTheWeekAndIsIdempotent(String url) throws Exception {
        try (Connection db = TestDatabases.fresh(url)) {
            RunWriter first = start("P2-Backfill");
            BlockStore.UpsertCounts counts = P2Backfill.backfill(db, FixtureCandleSource.bundled(), "EUR_USD", WEEK);
            first.close();
            assertThat(counts).isEqualTo(new BlockStore.UpsertCounts(60, 0, 0));
            assertThat(count(db, OvcSchema.BLOCKS)).isEqualTo(60);

            JsonNode run = read(first.directory().resolve("run.json"));
            assertThat(run.get("status").asText()).isEqualTo("success");
            assertThat(run.get("inputs").toString())
                    .isEqualTo("[{\"range\":\"2026-01-12/2026-01-16\",\"ref\":\"EUR_USD\",\"type\":\"oanda\"}]");
            assertThat(run.get("outputs").toString()).isEqualTo(
                    "[{\"ref\":\"ovc.ovc_blocks_v01_2h\",\"rows_updated\":0,\"rows_written\":60,\"type\":\"neon_table\"}]");
            JsonNode checks = read(first.directory().resolve("checks.json")).get("checks");
            assertThat(checks.get(0).get("id").asText()).isEqualTo("oanda_fetch_success");
            assertThat(checks.get(1).toString()).isEqualTo("{\"evidence\":[\"run.json:$.outputs[0].rows_written\"],"
                    + "\"id\":\"rows_inserted\",\"name\":\"Rows written to ovc.ovc_blocks_v01_2h\",\"status\":\"pass\"}");

            RunWriter second = start("P2-Backfill");
            assertThat(P2Backfill.backfill(db, FixtureCandleSource.bundled(), "EUR_USD", WEEK))
                    .isEqualTo(new BlockStore.UpsertCounts(0, 0, 60));
            second.close();
            assertThat(count(db, OvcSchema.BLOCKS)).isEqualTo(60);
            assertThat(second.runId()).isNotEqualTo(first.runId());
            assertThat(read(second.directory().resolve("run.json")).get("status").asText()).isEqualTo("partial");
            assertThat(read(second.directory().resolve("checks.json")).get("checks").get(1).get("status").asText())
                    .isEqualTo("skip");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changedCandlesAreCountedAsUpdates(String url) throws Exception {
        try (Connection db = TestDatabases.fresh(url)) {
            try (RunWriter run = start("P2-Backfill")) {
                P2Backfill.backfill(db, FixtureCandleSource.bundled(), "EUR_USD", WEEK);
            }
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE " + OvcSchema.BLOCKS + " SET volume = volume + 1 WHERE instrument = 'EUR_USD'"
                        + " AND block_start < TIMESTAMP WITH TIME ZONE '2026-01-13 00:00:00+00'");
            }
            try (RunWriter run = start("P2-Backfill")) {
                assertThat(P2Backfill.backfill(db, FixtureCandleSource.bundled(), "EUR_USD", WEEK))
                        .isEqualTo(new BlockStore.UpsertCounts(0, 12, 48));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBrokenFixtureRowFailsTheFetchAndWritesNothing(String url) throws Exception {
        Path broken = work.resolve("broken.csv");
        Files.writeString(broken, "instrument,block_start,open,high,low,close,volume\n"
                + "EUR_USD,2026-01-12T00:00:00Z,1.08500,1.08600,1.08400,1.08550,5000\n"
                + "EUR_USD,2026-01-12T02:00:00Z,1.08550,1.08400,1.08600,1.08500,5000\n");
        try (Connection db = TestDatabases.fresh(url)) {
            RunWriter run = start("P2-Backfill");
            assertThatThrownBy(() -> P2Backfill.backfill(db, FixtureCandleSource.file(broken), "EUR_USD", WEEK))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken.csv:3");
            run.fail(new IllegalStateException("fetch failed"));
            assertThat(count(db, OvcSchema.BLOCKS)).isZero();
            JsonNode check = read(run.directory().resolve("checks.json")).get("checks").get(0);
            assertThat(check.get("id").asText()).isEqualTo("oanda_fetch_success");
            assertThat(check.get("status").asText()).isEqualTo("fail");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void derivesPendingBlocksThenSkipsAndValidates(String url) throws Exception {
        try (Connection db = TestDatabases.fresh(url)) {
            try (RunWriter run = start("P2-Backfill")) {
                P2Backfill.backfill(db, FixtureCandleSource.bundled(), "EUR_USD", WEEK);
                P2Backfill.backfill(db, FixtureCandleSource.bundled(), "GBP_USD", WEEK);
            }
            RunWriter derive = start("B1-DerivedC1");
            assertThat(B1DerivedC1.derive(db)).isEqualTo(120);
            derive.close();
            assertThat(count(db, OvcSchema.DERIVED)).isEqualTo(120);
            assertThat(read(derive.directory().resolve("run.json")).get("outputs").toString()).isEqualTo(
                    "[{\"ref\":\"ovc.ovc_derived_c1_v01\",\"rows_written\":120,\"type\":\"neon_table\"}]");

            RunWriter again = start("B1-DerivedC1");
            assertThat(B1DerivedC1.derive(db)).isZero();
            again.close();
            assertThat(read(again.directory().resolve("run.json")).get("status").asText()).isEqualTo("partial");

            RunWriter validate = start("B2-DerivedValidation");
            assertThat(DerivedValidation.validate(db, WEEK, "validation_report.json")).isTrue();
            validate.close();
            JsonNode report = read(validate.directory().resolve("artifacts/validation_report.json"));
            assertThat(report.get("blocks").asInt()).isEqualTo(120);
            assertThat(report.get("blocks_per_day").get("GBP_USD").get("2026-01-14").asInt()).isEqualTo(12);
            JsonNode checks = read(validate.directory().resolve("checks.json"));
            assertThat(checks.get("summary").toString()).isEqualTo("{\"fail\":0,\"pass\":2,\"skip\":0}");
            assertThat(checks.get("checks").get(0).get("evidence").get(0).asText()).isEqualTo("artifacts/validation_report.json");

            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE " + OvcSchema.DERIVED + " SET body_size = range_size + 1 WHERE instrument = 'EUR_USD'"
                        + " AND block_start = TIMESTAMP WITH TIME ZONE '2026-01-14 04:00:00+00'");
            }
            RunWriter day = start("D-ValidationHarness");
            assertThat(DerivedValidation.validate(db, DateRange.parse("2026-01-14"), "day_report.json")).isFalse();
            day.close();
            assertThat(read(day.directory().resolve("run.json")).get("status").asText()).isEqualTo("failed");
            JsonNode dayReport = read(day.directory().resolve("artifacts/day_report.json"));
            assertThat(dayReport.get("invalid_rows").get(0).get("block_start").asText()).isEqualTo("2026-01-14T04:00:00Z");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDayWithoutBlocksIsSkipped(String url) throws Exception {
        try (Connection db = TestDatabases.fresh(url)) {
            RunWriter run = start("D-ValidationHarness");
            assertThat(DerivedValidation.validate(db, DateRange.parse("2026-02-01"), "day_report.json")).isFalse();
            run.close();
            assertThat(read(run.directory().resolve("run.json")).get("status").asText()).isEqualTo("partial");
        }
    }
}
