package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A command's checks.jsonl cannot stand in for ovc-run's own checks, nor say a key twice. */
class ExecChildChecksTrustTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Cli.Result execWritingChecks(Cli cli, String exitCode, String... lines) {
        StringBuilder script = new StringBuilder("cat >> \"$OVC_RUN_DIR/checks.jsonl\" <<'EOF'\n");
        for (String line : lines) {
            script.append(line).append('\n');
        }
        script.append("EOF\nexit ").append(exitCode);
        return cli.run("exec", "--pipeline-id", "Child", "--", "bash", "-c", script.toString());
    }

    @Test
    void aChildCannotRenameOrPassTheBuiltInExitCheck() throws IOException {
        Cli cli = new Cli(dir);
        Cli.Result result = execWritingChecks(cli, "3",
                "{\"id\": \"command_exit_code\", \"name\": \"All good\", \"status\": \"pass\"}",
                "{\"id\": \"process_terminated\", \"name\": \"Fine\", \"status\": \"pass\"}");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.stderr())
                .contains("checks.jsonl line 1 is not a valid check: check id 'command_exit_code' is one ovc-run records"
                        + " itself; a command cannot write it")
                .contains("checks.jsonl line 2 is not a valid check: check id 'process_terminated'");
        Path run = cli.onlyRun();
        JsonNode checks = JSON.readTree(run.resolve("checks.json").toFile()).get("checks");
        assertThat(checks.findValuesAsString("id")).containsExactly("command_exit_code", "child_checks_valid");
        assertThat(checks.get(0).get("name").asString()).isEqualTo("Command exited with code 3");
        assertThat(checks.get(1).get("name").asString())
                .isEqualTo("Checks written to checks.jsonl are valid (invalid: lines 1, 2)");
        assertThat(Cli.read(run.resolve("run.log"))).contains("check id 'command_exit_code' is one ovc-run records itself");
    }

    @Test
    void aLineWithADuplicateKeyIsRejectedNamingTheKey() throws IOException {
        Cli cli = new Cli(dir);
        Cli.Result result = execWritingChecks(cli, "0",
                "{\"id\": \"rows_loaded\", \"name\": \"Rows\", \"status\": \"fail\", \"status\": \"pass\"}");

        assertThat(result.stderr())
                .contains("checks.jsonl line 1 is not a valid check: not JSON (duplicate key \"status\" at line 1");
        JsonNode checks = JSON.readTree(cli.onlyRun().resolve("checks.json").toFile()).get("checks");
        assertThat(checks.findValuesAsString("id")).containsExactly("command_exit_code", "child_checks_valid");
        assertThat(checks.get(1).get("status").asString()).isEqualTo("fail");
    }
}
