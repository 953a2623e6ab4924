package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exec --exit-code=command|run}: whose verdict ovc-run's exit code carries. */
class ExecExitCodeTest {

    private static final String FAILING_CHECK = "echo '{\"id\": \"rows_loaded\", \"name\": \"No rows\", \"status\":"
            + " \"fail\"}' >> \"$OVC_RUN_DIR/checks.jsonl\"; exit ";

    @TempDir
    Path dir;

    private int exec(String option, String commandExit) {
        Cli cli = new Cli(dir);
        return option == null
                ? cli.run("exec", "--pipeline-id", "Codes", "--", "bash", "-c", FAILING_CHECK + commandExit).code()
                : cli.run("exec", "--pipeline-id", "Codes", option, "--", "bash", "-c", FAILING_CHECK + commandExit).code();
    }

    @Test
    void runExitsOneWhenTheCommandSucceededButTheRunFailed() {
        assertThat(exec("--exit-code=run", "0")).isEqualTo(1);
    }

    @Test
    void runKeepsTheCommandsOwnFailureCode() {
        assertThat(exec("--exit-code=run", "5")).isEqualTo(5);
    }

    @Test
    void runExitsZeroWhenTheRunSucceeded() {
        Cli cli = new Cli(dir);
        assertThat(cli.run("exec", "--pipeline-id", "Fine", "--exit-code", "run", "--", "true").code()).isZero();
    }

    @Test
    void commandIsTheDefaultAndIgnoresTheRunsStatus() {
        assertThat(exec(null, "0")).isZero();
        assertThat(exec("--exit-code=command", "0")).isZero();
    }

    @Test
    void anUnknownWordIsAUsageErrorNamingIt() {
        Cli cli = new Cli(dir);
        Cli.Result result = cli.run("exec", "--pipeline-id", "X", "--exit-code=checks", "--", "true");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Invalid value for option '--exit-code': 'checks' is not command or run");
        assertThat(cli.runs()).isEmpty();
    }

    @Test
    void helpDocumentsTheOption() {
        assertThat(new Cli(dir).run("exec", "--help").out()).contains("--exit-code=command|run");
    }
}
