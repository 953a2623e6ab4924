package ovc.run.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.cli.read.RunFolder;
import ovc.run.cli.validate.FolderValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code ovc-run exec} in process, around real child processes. */
class ExecCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FolderValidator VALIDATOR = new FolderValidator();

    @TempDir
    Path dir;

    private Cli cli() {
        return new Cli(dir);
    }

    @Test
    void successfulCommandLeavesAValidRunWithItsOutput() throws IOException {
        Cli cli = cli();
        Cli.Result result = cli.run("exec", "--pipeline-id", "Shell-Job", "--", "bash", "-c", "echo out; echo err >&2");

        assertThat(result.code()).isZero();
        assertThat(result.childOutText()).isEqualTo("out\n");
        assertThat(result.childErrText()).isEqualTo("err\n");
        Path run = cli.onlyRun();
        assertThat(result.stdout()).isEqualTo("RUN_ID=" + run.getFileName() + "\n");
        assertThat(VALIDATOR.validate(RunFolder.read(run))).isEmpty();

        JsonNode runJson = JSON.readTree(run.resolve("run.json").toFile());
        assertThat(runJson.get("status").asString()).isEqualTo("success");
        assertThat(runJson.get("inputs").toString())
                .isEqualTo("[{\"ref\":\"bash -c 'echo out; echo err >&2'\",\"type\":\"command\"}]");
        assertThat(runJson.get("outputs").toString())
                .isEqualTo("[{\"ref\":\"reports/runs/" + run.getFileName() + "\",\"type\":\"artifact\"}]");
        JsonNode check = JSON.readTree(run.resolve("checks.json").toFile()).get("checks").get(0);
        assertThat(check.get("id").asString()).isEqualTo("command_exit_code");
        assertThat(check.get("status").asString()).isEqualTo("pass");

        List<String> log = Cli.lines(run.resolve("run.log"));
        assertThat(log.get(0)).isEqualTo("RUN_ID=" + run.getFileName());
        assertThat(log).anyMatch(line -> line.endsWith(" out")).anyMatch(line -> line.endsWith(" err"));
        int evidenceLine = Integer.parseInt(check.get("evidence").get(0).asString().substring("run.log:line:".length()));
        assertThat(log.get(evidenceLine - 1)).endsWith("Command exited with code 0");
    }

    @Test
    void nonZeroExitIsPassedOnAndFailsTheRun() throws IOException {
        Cli cli = cli();
        Cli.Result result = cli.run("exec", "--pipeline-id", "Failing", "--", "bash", "-c", "exit 3");

        assertThat(result.code()).isEqualTo(3);
        Path run = cli.onlyRun();
        assertThat(JSON.readTree(run.resolve("run.json").toFile()).get("status").asString()).isEqualTo("failed");
        JsonNode check = JSON.readTree(run.resolve("checks.json").toFile()).get("checks").get(0);
        assertThat(check.get("name").asString()).isEqualTo("Command exited with code 3");
        assertThat(check.get("status").asString()).isEqualTo("fail");
        assertThat(VALIDATOR.validate(RunFolder.read(run))).isEmpty();
    }

    @Test
    void commandThatCannotStartExits127WithAFailedRun() throws IOException {
        Cli cli = cli();
        Cli.Result result = cli.run("exec", "--pipeline-id", "Missing-Cmd", "--", "/no/such/program", "arg");

        assertThat(result.code()).isEqualTo(127);
        assertThat(result.stderr()).contains("Command could not be started: /no/such/program arg");
        Path run = cli.onlyRun();
        assertThat(JSON.readTree(run.resolve("run.json").toFile()).get("status").asString()).isEqualTo("failed");
        JsonNode check = JSON.readTree(run.resolve("checks.json").toFile()).get("checks").get(0);
        assertThat(check.get("id").asString()).isEqualTo("command_exit_code");
        assertThat(check.get("name").asString()).isEqualTo("Command could not be started");
        assertThat(VALIDATOR.validate(RunFolder.read(run))).isEmpty();
    }

    @Test
    void missingRequiredVariableFailsTheRunWithoutStartingTheCommand() throws IOException {
        Cli cli = cli();
        cli.env.put("DATABASE_URL", "");
        Cli.Result result = cli.run("exec", "--pipeline-id", "Needs-Env", "--required-env", "OANDA_API_TOKEN",
                "--required-env", "NEON_DSN|DATABASE_URL", "--", "touch", dir.resolve("started").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(dir.resolve("started")).doesNotExist();
        assertThat(result.stderr()).contains("missing required environment variables NEON_DSN|DATABASE_URL, OANDA_API_TOKEN").contains("was not started");
        Path run = cli.onlyRun();
        JsonNode runJson = JSON.readTree(run.resolve("run.json").toFile());
        assertThat(runJson.get("status").asString()).isEqualTo("failed");
        assertThat(runJson.get("env").get("missing").toString()).isEqualTo("[\"NEON_DSN|DATABASE_URL\",\"OANDA_API_TOKEN\"]");
        assertThat(VALIDATOR.validate(RunFolder.read(run))).isEmpty();
    }

    @Test
    void commandSeesItsRunAndMayWriteArtifacts() throws IOException {
        Cli cli = cli();
        Cli.Result result = cli.run("exec", "--pipeline-id", "Env-Job", "--", "bash", "-c",
                "mkdir -p \"$OVC_RUN_DIR/artifacts\" && echo \"$OVC_RUN_ID\" > \"$OVC_RUN_DIR/artifacts/id.txt\"");

        assertThat(result.code()).isZero();
        Path run = cli.onlyRun();
        assertThat(Cli.read(run.resolve("artifacts/id.txt"))).isEqualTo(run.getFileName() + "\n");
    }

    @Test
    void checksWrittenByTheCommandAreValidatedAndMerged() throws IOException {
        Cli cli = cli();
        String script = String.join("\n",
                "mkdir -p \"$OVC_RUN_DIR/artifacts\"",
                "echo '{\"rows\": 3}' > \"$OVC_RUN_DIR/artifacts/load.json\"",
                "cat >> \"$OVC_RUN_DIR/checks.jsonl\" <<'EOF'",
                "{\"id\": \"rows_loaded\", \"name\": \"Rows loaded\", \"status\": \"pass\", \"evidence\": [\"artifacts/load.json\"]}",
                "{\"id\": \"Bad-Id\", \"name\": \"x\", \"status\": \"pass\"}",
                "not json",
                "{\"id\": \"quality_ok\", \"name\": \"Quality\", \"status\": \"skip\", \"evidense\": []}",
                "{\"id\": \"freshness\", \"name\": \"Fresh\", \"status\": \"skip\"}",
                "EOF");
        Cli.Result result = cli.run("exec", "--pipeline-id", "Checks-Job", "--", "bash", "-c", script);

        assertThat(result.code()).isZero();
        assertThat(result.stderr()).contains("checks.jsonl line 2 is not a valid check: check id 'Bad-Id'")
                .contains("checks.jsonl line 3 is not a valid check: not JSON")
                .contains("line 4 is not a valid check: unknown field 'evidense'");
        Path run = cli.onlyRun();
        assertThat(run.resolve("checks.jsonl")).doesNotExist();
        assertThat(run.resolve("artifacts/checks.jsonl")).exists();
        JsonNode checks = JSON.readTree(run.resolve("checks.json").toFile()).get("checks");
        assertThat(checks.findValuesAsString("id"))
                .containsExactly("command_exit_code", "rows_loaded", "freshness", "child_checks_valid");
        JsonNode valid = checks.get(3);
        assertThat(valid.get("status").asString()).isEqualTo("fail");
        assertThat(valid.get("name").asString()).isEqualTo("Checks written to checks.jsonl are valid (invalid: lines 2, 3, 4)");
        assertThat(valid.get("evidence").toString()).contains("artifacts/checks.jsonl");
        assertThat(JSON.readTree(run.resolve("run.json").toFile()).get("status").asString()).isEqualTo("failed");
        assertThat(VALIDATOR.validate(RunFolder.read(run))).isEmpty();
    }

    @Test
    void secretsAreMaskedInTheRunButPassedThroughUnchanged() throws IOException {
        Cli cli = cli();
        cli.env.put("MY_API_TOKEN", "s3cr3t-value");
        Cli.Result result = cli.run("exec", "--pipeline-id", "Secretive", "--", "bash", "-c", "echo token=s3cr3t-value",
                "s3cr3t-value");

        assertThat(result.childOutText()).isEqualTo("token=s3cr3t-value\n");
        Path run = cli.onlyRun();
        for (String file : List.of("run.log", "run.json", "checks.json")) {
            assertThat(Cli.read(run.resolve(file))).doesNotContain("s3cr3t-value");
        }
        assertThat(Cli.read(run.resolve("run.log"))).contains("token=***");
        assertThat(Cli.read(run.resolve("run.json"))).contains("bash -c 'echo token=***' '***'");
    }

    @Test
    void invalidUtf8EmptyLinesAndCarriageReturnsBecomeLogLines() throws IOException {
        Cli cli = cli();
        Cli.Result result = cli.run("exec", "--pipeline-id", "Bytes", "--", "bash", "-c",
                "printf 'caf\\xc3\\xa9 \\xff\\xfe end\\n\\n\\nwindows\\r\\nlast without newline'");

        assertThat(result.code()).isZero();
        assertThat(result.childOut()).isEqualTo(rawBytes());
        List<String> log = messages(Cli.lines(cli.onlyRun().resolve("run.log")));
        assertThat(log).containsSubsequence("café \uFFFD\uFFFD end", "", "", "windows", "last without newline");
    }

    private static byte[] rawBytes() {
        byte[] head = "caf\u00e9 ".getBytes(UTF_8);
        byte[] tail = " end\n\n\nwindows\r\nlast without newline".getBytes(UTF_8);
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xff;
        all[head.length + 1] = (byte) 0xfe;
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        return all;
    }

    @Test
    void veryLongLinesAreCutWithoutLosingBytes() throws IOException {
        Cli cli = cli();
        // 3 MiB of 'é' (two bytes each) on one line: cut at character boundaries into 1 MiB lines.
        Cli.Result result = cli.run("exec", "--pipeline-id", "Long-Line", "--", "bash", "-c",
                "head -c 1572864 /dev/zero | tr '\\0' 'x' | sed 's/x/\\xc3\\xa9/g'; echo; echo after");

        assertThat(result.code()).isZero();
        assertThat(result.childOut()).hasSize(3 * 1024 * 1024 + 1 + 6);
        List<String> log = messages(Cli.lines(cli.onlyRun().resolve("run.log")));
        List<String> pieces = log.stream().filter(line -> line.startsWith("é")).toList();
        assertThat(pieces).hasSize(3);
        assertThat(pieces.stream().mapToInt(String::length).sum()).isEqualTo(1572864);
        assertThat(String.join("", pieces)).doesNotContain("\uFFFD");
        assertThat(log).contains("after");
    }

    @Test
    void largeOutputOnBothStreamsNeitherDeadlocksNorLosesLines() throws Exception {
        Cli cli = cli();
        CountingStream out = new CountingStream();
        CountingStream err = new CountingStream();
        cli.childStdout = out;
        cli.childStderr = err;
        // 25 MB on each stream at once, 100-byte lines: a wrapper reading one pipe at a time would deadlock.
        String lines = "yes \"$(printf 'x%.0s' {1..99})\" | head -n 250000";
        Cli.Result result = cli.run("exec", "--pipeline-id", "Big", "--", "bash", "-c",
                "(" + lines + ") & (" + lines + " >&2); wait");

        assertThat(result.code()).isZero();
        assertThat(out.count).isEqualTo(25_000_000);
        assertThat(err.count).isEqualTo(out.count);
        Path run = cli.onlyRun();
        long outputLines = Files.lines(run.resolve("run.log")).filter(line -> line.endsWith("x")).count();
        assertThat(outputLines).isEqualTo(2 * 250_000);
        assertThat(VALIDATOR.validate(RunFolder.read(run))).isEmpty();
    }

    @Test
    void inputsOutputsAndTriggerComeFromOptions() throws IOException {
        Cli cli = cli();
        Cli.Result result = cli.run("exec", "--pipeline-id", "Opts", "--pipeline-version", "2.1.0", "--trigger",
                "worker_cron", "--trigger-source", "worker:scheduler", "--trigger-actor", "cron", "--input",
                "csv=data/in.csv", "--output", "neon_table=ovc.blocks", "--reports", "out/runs", "--", "true");

        assertThat(result.code()).isZero();
        Path runs = dir.resolve("out/runs");
        JsonNode runJson;
        try (var folders = Files.list(runs)) {
            runJson = JSON.readTree(folders.findFirst().orElseThrow().resolve("run.json").toFile());
        }
        assertThat(runJson.get("pipeline_version").asString()).isEqualTo("2.1.0");
        assertThat(runJson.get("trigger").toString())
                .isEqualTo("{\"actor\":\"cron\",\"source\":\"worker:scheduler\",\"type\":\"worker_cron\"}");
        assertThat(runJson.get("inputs").findValuesAsString("type")).containsExactly("command", "csv");
        assertThat(runJson.get("outputs").findValuesAsString("type")).containsExactly("artifact", "neon_table");
    }

    @Test
    void malformedOptionsAreUsageErrors() {
        Cli cli = cli();
        assertThat(cli.run("exec", "--pipeline-id", "X", "--input", "CSV=x", "--", "true").code()).isEqualTo(2);
        assertThat(cli.run("exec", "--pipeline-id", "bad_id", "--", "true").code()).isEqualTo(2);
        Cli.Result unknown = cli.run("exec", "--pipeline-id", "X", "--frobnicate", "--", "true");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--frobnicate'").contains("Usage: ovc-run exec");
        assertThat(cli.run("exec", "--", "true").code()).isEqualTo(2);
        assertThat(cli.runs()).isEmpty();
    }

    @Test
    void sealOptionSealsTheFinishedRun() {
        Cli cli = cli();
        Cli.Result result = cli.run("exec", "--pipeline-id", "Sealed", "--seal", "--", "true");

        assertThat(result.code()).isZero();
        Path run = cli.onlyRun();
        assertThat(run.resolve("manifest.json")).exists();
        assertThat(Cli.read(run.resolve("MANIFEST.sha256"))).contains("  run.json\n").contains("ROOT_SHA256 ");
        assertThat(cli.run("verify", run.toString()).code()).isZero();
    }

    @Test
    void githubActionsGetOutputsSummaryAndAnnotations() {
        Cli cli = cli();
        Path output = dir.resolve("github_output");
        Path summary = dir.resolve("step_summary");
        cli.env.put("GITHUB_ACTIONS", "true");
        cli.env.put("GITHUB_OUTPUT", output.toString());
        cli.env.put("GITHUB_STEP_SUMMARY", summary.toString());
        Cli.Result result = cli.run("exec", "--pipeline-id", "In-CI", "--", "bash", "-c", "exit 4");

        assertThat(result.code()).isEqualTo(4);
        Path run = cli.onlyRun();
        assertThat(Cli.read(output)).isEqualTo("run_id=" + run.getFileName() + "\nrun_dir=" + run + "\n");
        assertThat(Cli.read(summary)).contains("In-CI").contains("| ❌ fail | `command_exit_code` | Command exited with code 4 |");
        assertThat(result.stdout()).contains("::error title=command_exit_code::Command exited with code 4 (run "
                + run.getFileName() + ")");
    }

    /** The text of each run.log line after line 1, without its timestamp. */
    static List<String> messages(List<String> log) {
        return log.stream().skip(1).map(line -> line.length() > 24 ? line.substring(25) : "").toList();
    }

    /** Counts bytes instead of keeping them. */
    static final class CountingStream extends OutputStream {
        volatile long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
