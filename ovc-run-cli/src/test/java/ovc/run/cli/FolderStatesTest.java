package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The states {@code ls}, {@code show}, {@code status} and {@code validate} give a folder whose run
 * did not commit (run.json is written last) or whose files disagree.
 */
class FolderStatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "20260119T061512Z__P2-Backfill__a1b2c3d";

    @TempDir
    Path dir;

    private Cli cli;
    private Path run;

    @BeforeEach
    void goldenRuns() {
        cli = new Cli(dir);
        run = cli.goldenRun(RUN);
    }

    @Test
    void everyGoldenFolderIsComplete() throws IOException {
        for (JsonNode entry : JSON.readTree(cli.run("ls", "--json").out())) {
            assertThat(entry.get("state").asString()).as(entry.get("run_id").asString()).isEqualTo("complete");
            assertThat(entry.get("state_reasons")).isEmpty();
        }
    }

    @Test
    void runJsonWithoutChecksJsonIsIncompleteEverywhere() throws IOException {
        Files.delete(run.resolve("checks.json"));

        assertThat(lsStatus()).isEqualTo("incomplete");
        Cli.Result show = cli.run("show", RUN);
        assertThat(show.code()).isEqualTo(1);
        assertThat(show.out()).contains("status    incomplete")
                .contains("why       checks.json missing beside run.json: the run's finish did not complete");
        Cli.Result status = cli.run("status", "--now", "2026-01-19T12:00:00Z", "--json");
        JsonNode backfill = pipeline(status, "P2-Backfill");
        assertThat(backfill.get("state").asString()).isEqualTo("stale");
        assertThat(backfill.get("incomplete_runs").asInt()).isEqualTo(1);
        assertThat(status.code()).isEqualTo(1);
        Cli.Result validate = cli.run("validate", RUN);
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains(RUN + "/checks.json: missing");
    }

    @Test
    void aStrayTemporaryFileMakesAFolderIncompleteAndValidateNamesIt() throws IOException {
        String temporary = ".run.json.18c2f0a9b3-7.tmp";
        Cli.write(run.resolve(temporary), "{\"run_id\": ");

        assertThat(lsStatus()).isEqualTo("incomplete");
        assertThat(cli.run("show", RUN).out())
                .contains("why       temporary file " + temporary + " left by a write that never completed");
        Cli.Result validate = cli.run("validate", RUN);
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).isEqualTo(RUN + "/" + temporary
                + ": temporary file left by a write that never completed (the run's finish was interrupted)\n");
    }

    @Test
    void checksOfAnotherRunMakeAFolderDamaged() throws IOException {
        replace("checks.json", "\"run_id\": \"" + RUN + "\"", "\"run_id\": \"20260119T061513Z__P2-Backfill__a1b2c3d\"");

        assertThat(lsStatus()).isEqualTo("damaged");
        assertThat(cli.run("show", RUN).out()).contains("why       checks.json is of run 20260119T061513Z__P2-Backfill__a1b2c3d,"
                + " run.json of run " + RUN);
        assertThat(cli.run("validate", RUN).out()).contains("differs from run.json's run_id");
    }

    @Test
    void aSummaryThatDoesNotCountTheChecksMakesAFolderDamaged() throws IOException {
        JsonNode summary = JSON.readTree(run.resolve("checks.json").toFile()).get("summary");
        replace("checks.json", "\"pass\": " + summary.get("pass").asInt(), "\"pass\": " + (summary.get("pass").asInt() + 1));

        assertThat(lsStatus()).isEqualTo("damaged");
        assertThat(cli.run("show", RUN).out()).contains("does not count its checks");
        assertThat(cli.run("validate", RUN).out()).contains("does not count the checks");
    }

    @Test
    void aStatusTheChecksCannotGiveMakesAFolderDamaged() throws IOException {
        replace("checks.json", "\"name\": \"No gaps in the backfilled range\",\n      \"status\": \"pass\"",
                "\"name\": \"No gaps in the backfilled range\",\n      \"status\": \"fail\"");
        replace("checks.json", "\"fail\": 0", "\"fail\": 1");
        replace("checks.json", "\"pass\": 3", "\"pass\": 2");

        assertThat(JSON.readTree(run.resolve("run.json").toFile()).get("status").asString()).isEqualTo("success");
        assertThat(lsStatus()).isEqualTo("damaged");
        assertThat(cli.run("show", RUN).out()).contains("why       run.json's status success cannot follow from the checks"
                + " (the checks give failed)");
        Cli.Result validate = cli.run("validate", RUN);
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains(RUN + "/run.json: status is success but a check failed");
    }

    @Test
    void aStatusWorseThanTheChecksGiveIsConsistent() throws IOException {
        replace("run.json", "\"status\": \"success\"", "\"status\": \"partial\"");

        assertThat(lsStatus()).isEqualTo("partial");
        assertThat(cli.run("validate", RUN).code()).isZero();
    }

    private String lsStatus() throws IOException {
        for (JsonNode entry : JSON.readTree(cli.run("ls", "--json").out())) {
            if (entry.get("run_id").asString().equals(RUN)) {
                return entry.get("status").asString();
            }
        }
        throw new AssertionError(RUN + " not listed");
    }

    private static JsonNode pipeline(Cli.Result status, String id) throws IOException {
        for (JsonNode entry : JSON.readTree(status.out()).get("pipelines")) {
            if (entry.get("pipeline_id").asString().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError(id + " not in status");
    }

    private void replace(String file, String from, String to) {
        String content = Cli.read(run.resolve(file));
        assertThat(content).contains(from);
        Cli.write(run.resolve(file), content.replace(from, to));
    }
}
