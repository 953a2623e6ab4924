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

/** {@code ovc-run validate}: the contract's golden folders pass, damaged ones are problems, never stack traces. */
class ValidateCommandTest {

    private static final String BACKFILL = "20260119T061512Z__P2-Backfill__a1b2c3d";
    private static final String VALIDATION = "20260119T091500Z__D-ValidationRange__5e8d41f";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void goldenRuns() {
        cli = new Cli(dir);
        Cli.copyGoldenRuns(cli.reports());
    }

    @Test
    void goldenRunsAreValid() {
        Cli.Result result = cli.run("validate");

        assertThat(result.code()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("5 runs checked, all valid\n");
    }

    @Test
    void truncatedJsonIsOneProblem() throws IOException {
        Path runJson = cli.reports().resolve(BACKFILL).resolve("run.json");
        Files.writeString(runJson, Files.readString(runJson).substring(0, 100));

        Cli.Result result = cli.run("validate");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).startsWith(BACKFILL + "/run.json: not valid JSON: Unexpected end-of-input");
        assertThat(result.out().lines()).hasSize(1);
        assertThat(result.err()).isEqualTo("5 runs checked, 1 problem in 1 run\n");
    }

    @Test
    void missingFilesAndIncompleteFoldersAreProblems() throws IOException {
        Files.delete(cli.reports().resolve(BACKFILL).resolve("checks.json"));
        Files.createDirectories(cli.reports().resolve("20260120T000000Z__Crashed__0000000"));
        Cli.write(cli.reports().resolve("20260120T000000Z__Crashed__0000000/run.log"),
                "RUN_ID=20260120T000000Z__Crashed__0000000\n");

        Cli.Result result = cli.run("validate");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(BACKFILL + "/checks.json: missing\n")
                .contains("20260120T000000Z__Crashed__0000000/run.json: missing\n")
                .contains("20260120T000000Z__Crashed__0000000/checks.json: missing\n");
    }

    @Test
    void wrongTypesAreReportedBySchema() throws IOException {
        Path runJson = cli.reports().resolve(BACKFILL).resolve("run.json");
        Files.writeString(runJson, Files.readString(runJson).replace("\"duration_ms\": 148123", "\"duration_ms\": \"148123\""));

        Cli.Result result = cli.run("validate", BACKFILL);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(BACKFILL + "/run.json: /duration_ms: ").contains("integer");
    }

    @Test
    void crossFileRulesAreChecked() throws IOException {
        Path run = cli.reports().resolve(VALIDATION);
        Cli.write(run.resolve("run.log"), Cli.read(run.resolve("run.log"))
                .replace("RUN_ID=" + VALIDATION, "RUN_ID=20260119T091500Z__Other__5e8d41f")
                .lines().limit(3).map(line -> line + "\n").reduce("", String::concat));
        Files.delete(run.resolve("artifacts/validation_report.json"));
        Path checks = run.resolve("checks.json");
        Files.writeString(checks, Files.readString(checks).replace("\"pass\": 3", "\"pass\": 2"));

        Cli.Result result = cli.run("validate", run.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactlyInAnyOrder(
                VALIDATION + "/run.log: line 1 is 'RUN_ID=20260119T091500Z__Other__5e8d41f', expected 'RUN_ID=" + VALIDATION + "'",
                VALIDATION + "/checks.json: summary (pass 2, fail 0, skip 0) does not count the checks (pass 3, fail 0, skip 0)",
                VALIDATION + "/checks.json: check data_validated: evidence artifacts/validation_report.json points at nothing",
                VALIDATION + "/checks.json: check block_counts_match: evidence run.log:line:5 points at nothing");
    }

    @Test
    void folderNameMustBeTheRunId() throws IOException {
        Files.move(cli.reports().resolve(BACKFILL), cli.reports().resolve("20260119T061513Z__P2-Backfill__a1b2c3d"));

        Cli.Result result = cli.run("validate");

        assertThat(result.out()).contains("20260119T061513Z__P2-Backfill__a1b2c3d/run.json: run_id " + BACKFILL
                + " differs from the folder name 20260119T061513Z__P2-Backfill__a1b2c3d");
    }

    @Test
    void jsonOutputListsEveryProblem() throws IOException {
        Files.delete(cli.reports().resolve(BACKFILL).resolve("run.log"));

        Cli.Result result = cli.run("validate", "--json");

        assertThat(result.code()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("runs").asInt()).isEqualTo(5);
        assertThat(json.get("problems").toString())
                .isEqualTo("[{\"file\":\"run.log\",\"message\":\"missing\",\"run\":\"" + BACKFILL + "\"}]");
    }

    @Test
    void unknownTargetIsAProblemAndGarbageNeverThrows() throws IOException {
        Path run = cli.reports().resolve(BACKFILL);
        Files.writeString(run.resolve("run.json"), "[1, 2]");
        Files.write(run.resolve("checks.json"), new byte[] {(byte) 0xff, 0, 1, 2});
        Files.writeString(run.resolve("run.log"), "");

        Cli.Result result = cli.run("validate", BACKFILL, "no-such-run");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(BACKFILL + "/run.json: not a JSON object")
                .contains(BACKFILL + "/checks.json: not valid JSON")
                .contains("no-such-run: no such run folder");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void runsWrittenByTheRuntimeAreValid() {
        for (int i = 0; i < 3; i++) {
            cli.run("exec", "--pipeline-id", "Runtime-Made", "--", "bash", "-c", "echo run " + i + "; exit " + i);
        }
        Cli.Result result = cli.run("validate");

        assertThat(result.err()).isEqualTo("8 runs checked, all valid\n");
        assertThat(result.code()).isZero();
    }
}
