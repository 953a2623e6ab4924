package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code ls}, {@code show} and {@code status} over the contract's golden runs plus damaged folders. */
class LsShowStatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CRASHED = "20260119T120000Z__P2-Backfill__a1b2c3d";
    private static final String DAMAGED = "20260118T120000Z__C-Eval__c4d7e2a";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void runs() throws IOException {
        cli = new Cli(dir);
        Cli.copyGoldenRuns(cli.reports());
        // A run killed before it finished: run.log only.
        Cli.write(cli.reports().resolve(CRASHED).resolve("run.log"), "RUN_ID=" + CRASHED + "\n");
        // A run whose run.json was cut short.
        Cli.write(cli.reports().resolve(DAMAGED).resolve("run.json"), "{\"run_id\": ");
    }

    @Test
    void lsListsNewestFirstWithIncompleteAndDamagedFolders() {
        Cli.Result result = cli.run("ls");

        assertThat(result.code()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).startsWith("STARTED").contains("PIPELINE").contains("STATUS").endsWith("RUN_ID");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.substring(line.lastIndexOf(' ') + 1))
                .containsExactly(CRASHED, "20260119T103045Z__C-Eval__c4d7e2a",
                        "20260119T091500Z__D-ValidationRange__5e8d41f", "20260119T080512Z__D-NotionSync__7f3e9c2",
                        "20260119T071003Z__B1-DerivedC1__0000000", "20260119T061512Z__P2-Backfill__a1b2c3d", DAMAGED);
        assertThat(lines.get(1)).contains("incomplete");
        assertThat(lines.get(2)).contains("C-Eval").contains("failed").contains("16.4 s").contains("1 pass, 1 fail, 0 skip");
        assertThat(lines.get(7)).contains("damaged");
    }

    @Test
    void lsFiltersByPipelineStatusAndDate() throws IOException {
        assertThat(names(cli.run("ls", "--pipeline", "P2-Backfill", "--json")))
                .containsExactly(CRASHED, "20260119T061512Z__P2-Backfill__a1b2c3d");
        assertThat(names(cli.run("ls", "--status", "failed", "--json")))
                .containsExactly("20260119T103045Z__C-Eval__c4d7e2a", "20260119T071003Z__B1-DerivedC1__0000000");
        assertThat(names(cli.run("ls", "--status", "incomplete", "--json"))).containsExactly(CRASHED);
        assertThat(names(cli.run("ls", "--since", "2026-01-19T09:00:00Z", "--json")))
                .containsExactly(CRASHED, "20260119T103045Z__C-Eval__c4d7e2a", "20260119T091500Z__D-ValidationRange__5e8d41f");
        assertThat(names(cli.run("ls", "--since", "2026-01-19", "--limit", "2", "--json"))).hasSize(2);
        assertThat(cli.run("ls", "--status", "weird").code()).isEqualTo(2);
        assertThat(cli.run("ls", "--since", "yesterday").code()).isEqualTo(2);
    }

    @Test
    void lsJsonCarriesSummaryAndFailedChecks() throws IOException {
        JsonNode runs = JSON.readTree(cli.run("ls", "--pipeline", "C-Eval", "--json").out());

        JsonNode eval = runs.get(0);
        assertThat(eval.get("status").asString()).isEqualTo("failed");
        assertThat(eval.get("summary").toString()).isEqualTo("{\"fail\":1,\"pass\":1,\"skip\":0}");
        assertThat(eval.get("failed_checks").toString()).isEqualTo("[\"eval_rows_written\"]");
        assertThat(runs.get(1).get("status").asString()).isEqualTo("damaged");
    }

    @Test
    void showResolvesEveryEvidence() {
        Cli.Result result = cli.run("show", "20260119T091500Z__D-ValidationRange__5e8d41f");

        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("status    success")
                .contains("pipeline  D-ValidationRange 0.1.0")
                .contains("trigger   worker_cron")
                .contains("[pass] data_validated  Données validées")
                .contains("artifacts/validation_report.json = ")
                .contains("run.json:$.inputs[0].range = \"2026-01-12/2026-01-18\"")
                .contains("run.log:line:5 = 2026-01-19T09:15:42.118Z Block counts match for 7/7 days (10080 blocks)");
    }

    @Test
    void showNamesEvidenceThatPointsAtNothing() throws IOException {
        Path run = cli.reports().resolve("20260119T091500Z__D-ValidationRange__5e8d41f");
        Files.delete(run.resolve("artifacts/validation_report.json"));

        Cli.Result result = cli.run("show", run.toString());

        assertThat(result.out()).contains("artifacts/validation_report.json -> NOT FOUND: no such file");
    }

    @Test
    void showOfDamagedOrUnknownRunsIsAnErrorNotAStackTrace() {
        Cli.Result damaged = cli.run("show", DAMAGED);
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.out()).contains("status    damaged").contains("run.json  not valid JSON");

        Cli.Result unknown = cli.run("show", "nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no run folder 'nope'");
    }

    @Test
    void showJsonHasResolvedEvidence() throws IOException {
        JsonNode json = JSON.readTree(cli.run("show", "--json", "20260119T103045Z__C-Eval__c4d7e2a").out());

        assertThat(json.get("run").get("pipeline_id").asString()).isEqualTo("C-Eval");
        JsonNode failed = json.get("checks").get(1);
        assertThat(failed.get("status").asString()).isEqualTo("fail");
        assertThat(failed.get("evidence").get(0).get("found").asBoolean()).isTrue();
    }

    @Test
    void statusShowsLatestRunPerPipelineAndFailsWhenAnyFailsOrIsStale() throws IOException {
        Cli.Result result = cli.run("status", "--now", "2026-01-20T00:00:00Z");

        assertThat(result.code()).isEqualTo(1);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).startsWith("PIPELINE").contains("STATE");
        assertThat(lines).anyMatch(line -> line.startsWith("C-Eval ") && line.contains("failing")
                && line.contains("eval_rows_written"));
        assertThat(lines).anyMatch(line -> line.startsWith("P2-Backfill ") && line.contains(" ok ")
                && line.contains("0.7 d") && line.trim().endsWith("1"));
        assertThat(lines).anyMatch(line -> line.startsWith("D-NotionSync ") && line.contains("partial"));

        JsonNode json = JSON.readTree(cli.run("status", "--now", "2026-01-25T00:00:00Z", "--json").out());
        assertThat(json.get("observed").asInt()).isEqualTo(5);
        assertThat(json.get("stale").asInt()).isEqualTo(3);
        assertThat(json.get("failing").asInt()).isEqualTo(2);
    }

    @Test
    void statusIsHealthyWhenEveryLatestRunSucceededRecently() {
        Cli fresh = new Cli(dir.resolve("fresh"));
        assertThat(fresh.run("exec", "--pipeline-id", "Fresh", "--", "true").code()).isZero();

        Cli.Result result = fresh.run("status");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Fresh").contains(" ok ");

        Cli.Result staleSoon = fresh.run("status", "--stale-days", "0");
        assertThat(staleSoon.code()).isEqualTo(1);

        Cli.Result markdown = fresh.run("status", "--markdown");
        assertThat(markdown.out()).contains("| pipeline | state |").contains("| Fresh | ok | success |");
    }

    private static List<String> names(Cli.Result result) throws IOException {
        assertThat(result.code()).isZero();
        return JSON.readTree(result.out()).findValuesAsString("run_id");
    }
}
