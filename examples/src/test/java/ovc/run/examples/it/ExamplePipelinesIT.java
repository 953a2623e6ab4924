package ovc.run.examples.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example pipeline as users run it: the examples jar under the packaged agent, against the
 * embedded H2 default and, where {@code OVC_TEST_POSTGRES_URL} names one, a real PostgreSQL.
 * Each test asserts the run folder and that its row counts match the database.
 */
class ExamplePipelinesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    static List<String> databases() {
        List<String> urls = new ArrayList<>(List.of("h2"));
        String postgres = System.getenv("OVC_TEST_POSTGRES_URL");
        if (postgres != null && !postgres.isBlank()) {
            urls.add(postgres);
        }
        return urls;
    }

    /** The URL the pipeline is given: a fresh H2 file in the working folder, or the emptied PostgreSQL. */
    private String database(String which) throws SQLException {
        if (which.equals("h2")) {
            return "jdbc:h2:" + work.resolve("ovc-db");
        }
        try (Connection db = connect(which); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS ovc CASCADE");
        }
        return which;
    }

    private static Connection connect(String url) throws SQLException {
        return ovc.run.examples.ovc.Database.connect(url);
    }

    private static long count(String url, String table) throws SQLException {
        try (Connection db = connect(url); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private ExampleJvm jvm(String url) {
        return new ExampleJvm(work).env("OANDA_API_TOKEN", "demo-token-123").env("DATABASE_URL", url);
    }

    private List<Path> runFolders(String pipelineId) throws IOException {
        try (Stream<Path> folders = Files.list(work.resolve("reports/runs"))) {
            return folders.filter(f -> f.getFileName().toString().contains("__" + pipelineId + "__")).sorted().toList();
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** Every folder the test left passes {@code ovc-run validate}: schemas, cross-file rules, evidence. */
    @org.junit.jupiter.api.AfterEach
    void everyRunFolderIsValid() {
        if (Files.isDirectory(work.resolve("reports/runs"))) {
            ExampleJvm.Result validate = new ExampleJvm(work).cli("validate", work.resolve("reports/runs").toString());
            assertThat(validate.exitCode()).as(validate.stdout() + validate.stderr()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void quickStartBackfillsThenDerives(String which) throws Exception {
        String url = database(which);
        ExampleJvm.Result result = jvm(url).run("P2-Backfill", "B1-DerivedC1");
        assertThat(result.exitCode()).as(result.stderr()).isZero();

        Path p2 = runFolders("P2-Backfill").get(0);
        assertThat(result.stdout()).contains("RUN_ID=" + p2.getFileName(), "Run folder: " + p2);
        JsonNode run = read(p2.resolve("run.json"));
        assertThat(run.get("status").asText()).isEqualTo("success");
        assertThat(run.get("env").toString()).isEqualTo("{\"missing\":[],\"present\":[\"DATABASE_URL\",\"OANDA_API_TOKEN\"]}");
        assertThat(run.get("inputs").toString())
                .isEqualTo("[{\"range\":\"2026-01-12/2026-01-16\",\"ref\":\"EUR_USD\",\"type\":\"oanda\"}]");
        assertThat(run.get("outputs").toString()).isEqualTo(
                "[{\"ref\":\"ovc.ovc_blocks_v01_2h\",\"rows_updated\":0,\"rows_written\":60,\"type\":\"neon_table\"}]");
        assertThat(count(url, "ovc.ovc_blocks_v01_2h")).isEqualTo(run.at("/outputs/0/rows_written").asLong());

        JsonNode checks = read(p2.resolve("checks.json"));
        assertThat(checks.get("checks")).extracting(c -> c.get("id").asText() + "=" + c.get("status").asText())
                .containsExactly("required_env_present=pass", "oanda_fetch_success=pass", "rows_inserted=pass");
        assertThat(checks.at("/checks/2/evidence/0").asText()).isEqualTo("run.json:$.outputs[0].rows_written");
        String fetched = checks.at("/checks/1/evidence/0").asText();
        List<String> log = Files.readAllLines(p2.resolve("run.log"));
        assertThat(log.get(Integer.parseInt(fetched.substring("run.log:line:".length())) - 1)).endsWith(" Fetched 60 blocks");
        assertThat(String.join("\n", log)).doesNotContain("demo-token-123");

        Path b1 = runFolders("B1-DerivedC1").get(0);
        JsonNode derived = read(b1.resolve("run.json"));
        assertThat(derived.get("status").asText()).isEqualTo("success");
        assertThat(derived.at("/outputs/0/rows_written").asLong()).isEqualTo(count(url, "ovc.ovc_derived_c1_v01")).isEqualTo(60);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void backfillingTwiceIsIdempotentAndLeavesTwoRuns(String which) throws Exception {
        String url = database(which);
        assertThat(jvm(url).run("P2-Backfill").exitCode()).isZero();
        assertThat(jvm(url).run("P2-Backfill").exitCode()).isZero();

        List<Path> runs = runFolders("P2-Backfill");
        assertThat(runs).hasSize(2);
        assertThat(count(url, "ovc.ovc_blocks_v01_2h")).isEqualTo(60);
        JsonNode second = read(runs.get(1).resolve("run.json"));
        assertThat(second.get("status").asText()).isEqualTo("partial");
        assertThat(second.get("outputs").toString()).isEqualTo(
                "[{\"ref\":\"ovc.ovc_blocks_v01_2h\",\"rows_updated\":0,\"rows_written\":0,\"type\":\"neon_table\"}]");
        assertThat(read(runs.get(1).resolve("checks.json")).at("/checks/2").toString()).isEqualTo(
                "{\"evidence\":[\"run.json:$.outputs[0].rows_written\"],\"id\":\"rows_inserted\","
                        + "\"name\":\"Nothing to fill in 2026-01-12/2026-01-16\",\"status\":\"skip\"}");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMissingTokenFailsTheRunBeforeTheDatabaseIsTouched(String which) throws Exception {
        String url = database(which);
        ExampleJvm.Result result = new ExampleJvm(work).env("DATABASE_URL", url).run("P2-Backfill");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("MissingEnvironmentException", "OANDA_API_TOKEN", "P2-Backfill");

        Path folder = runFolders("P2-Backfill").get(0);
        JsonNode run = read(folder.resolve("run.json"));
        assertThat(run.get("status").asText()).isEqualTo("failed");
        assertThat(run.get("env").toString()).isEqualTo("{\"missing\":[\"OANDA_API_TOKEN\"],\"present\":[\"DATABASE_URL\"]}");
        assertThat(read(folder.resolve("checks.json")).get("checks").toString()).isEqualTo(
                "[{\"evidence\":[\"run.json:$.env.missing\"],\"id\":\"required_env_present\","
                        + "\"name\":\"Required environment variables present\",\"status\":\"fail\"}]");
        if (which.equals("h2")) {
            assertThat(work.resolve("ovc-db.mv.db")).as("the body never opened the database").doesNotExist();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBrokenFixtureRowFailsTheRunAndWritesNoRow(String which) throws Exception {
        String url = database(which);
        Path broken = work.resolve("broken.csv");
        Files.writeString(broken, "instrument,block_start,open,high,low,close,volume\n"
                + "EUR_USD,2026-01-12T00:00:00Z,1.08500,1.08600,1.08400,1.08550,5000\n"
                + "EUR_USD,2026-01-12T02:00:00Z,1.08550,oops,1.08600,1.08500,5000\n");
        ExampleJvm.Result result = jvm(url).env("OVC_CANDLES_FILE", broken.toString()).run("P2-Backfill");
        assertThat(result.exitCode()).isNotZero();

        Path folder = runFolders("P2-Backfill").get(0);
        assertThat(read(folder.resolve("run.json")).get("status").asText()).isEqualTo("failed");
        assertThat(read(folder.resolve("run.json")).get("outputs")).isEmpty();
        JsonNode checks = read(folder.resolve("checks.json")).get("checks");
        assertThat(checks).extracting(c -> c.get("id").asText() + "=" + c.get("status").asText())
                .containsExactly("required_env_present=pass", "oanda_fetch_success=fail", "execution_error=fail");
        assertThat(checks.get(2).get("name").asText()).isEqualTo("Execution failed: IllegalStateException");
        assertThat(Files.readString(folder.resolve("run.log"))).contains("broken.csv:3: bad candle row");
        assertThat(count(url, "ovc.ovc_blocks_v01_2h")).isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void validationWritesItsReportAsAnArtifactAndFailsOnABadRow(String which) throws Exception {
        String url = database(which);
        assertThat(jvm(url).run("P2-Backfill", "B1-DerivedC1", "B2-DerivedValidation").exitCode()).isZero();
        Path b2 = runFolders("B2-DerivedValidation").get(0);
        JsonNode checks = read(b2.resolve("checks.json"));
        assertThat(checks.get("summary").toString()).isEqualTo("{\"fail\":0,\"pass\":3,\"skip\":0}");
        assertThat(checks.at("/checks/1/evidence/0").asText()).isEqualTo("artifacts/validation_report.json");
        JsonNode report = read(b2.resolve("artifacts/validation_report.json"));
        assertThat(report.get("derived_rows").asLong()).isEqualTo(count(url, "ovc.ovc_derived_c1_v01"));
        assertThat(read(b2.resolve("run.json")).at("/outputs/0").toString())
                .isEqualTo("{\"ref\":\"artifacts/validation_report.json\",\"type\":\"artifact\"}");

        try (Connection db = connect(url); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE ovc.ovc_derived_c1_v01 SET upper_wick = upper_wick + 1"
                    + " WHERE block_start = TIMESTAMP WITH TIME ZONE '2026-01-14 10:00:00+00'");
        }
        // D-ValidationHarness needs only one of NEON_DSN or DATABASE_URL: give it NEON_DSN alone.
        ExampleJvm.Result day = new ExampleJvm(work).env("NEON_DSN", url).run("D-ValidationHarness", "--day", "2026-01-14");
        assertThat(day.exitCode()).as(day.stderr()).isZero();
        Path d = runFolders("D-ValidationHarness").get(0);
        JsonNode dayRun = read(d.resolve("run.json"));
        assertThat(dayRun.get("status").asText()).isEqualTo("failed");
        assertThat(dayRun.get("env").toString()).isEqualTo("{\"missing\":[],\"present\":[\"NEON_DSN\"]}");
        assertThat(read(d.resolve("artifacts/day_report.json")).at("/invalid_rows/0/block_start").asText())
                .isEqualTo("2026-01-14T10:00:00Z");
    }
}
