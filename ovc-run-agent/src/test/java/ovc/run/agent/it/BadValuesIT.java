package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.BadValues;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 case 7: bad values never reach pipeline code. Each is recorded in its documented form or
 * left out, with one warning line on stderr and in run.log; the run is partial where something was
 * lost; the pipeline's own result is what it is without the agent.
 */
class BadValuesIT {

    @TempDir
    Path work;

    private AgentProcess.Result run(String which) {
        AgentProcess.Result result = AgentProcess.of(work, BadValues.class).args(which).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        AgentProcess.Result plain = AgentProcess.of(work.resolve("reports"), BadValues.class).args(which)
                .withoutAgent().run();
        assertThat(result.stdoutLines().subList(1, result.stdoutLines().size())).as("the pipeline's own output")
                .isEqualTo(plain.stdoutLines());
        return result;
    }

    private static String warning(FixtureRunFolders.RunFolder run, String message) {
        return "[ovc-run] WARNING: run " + run.runId() + ": " + message;
    }

    /** run.log's lines between "Run started" and "Run finished", without timestamps. */
    private static List<String> loggedInRun(FixtureRunFolders.RunFolder run) {
        List<String> messages = run.logMessages();
        assertThat(messages.get(0)).startsWith("Run started: ");
        assertThat(messages.get(messages.size() - 1)).startsWith("Run finished: status " + run.status());
        return messages.subList(1, messages.size() - 1);
    }

    @Test
    void badValuesThroughTheRunApi() {
        AgentProcess.Result result = run("api");
        FixtureRunFolders.RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Bad-Api-Values");

        assertThat(result.stdoutLines()).containsExactly("RUN_ID=" + run.runId(), "api result 9");
        String deep = "\"<deeper than 32 levels: cut>\"";
        for (int i = 0; i < 32; i++) {
            deep = "{\"n\":" + deep + "}";
        }
        assertThat(run.runJson().path("outputs").toString()).isEqualTo("["
                + "{\"extra\":{\"rows\":3,\"self\":\"<cycle: cut>\"},\"ref\":\"cyclic.json\",\"type\":\"file\"},"
                + "{\"extra\":" + deep + ",\"ref\":\"deep.json\",\"type\":\"file\"},"
                + "{\"ref\":\"ovc.blocks\",\"type\":\"neon_table\"},"
                + "{\"extra\":{\"v\":\"<toString() threw java.lang.IllegalStateException>\"},\"ref\":\"hostile.json\",\"type\":\"file\"},"
                + "{\"extra\":{\"ratio\":\"NaN\"},\"ref\":\"ratio.json\",\"type\":\"file\"}]");
        assertThat(run.checksJson().path("checks").toString())
                .isEqualTo("[{\"evidence\":[],\"id\":\"rows_eur_usd\",\"name\":\"Rows for EUR_USD\",\"status\":\"pass\"}]");
        assertThat(run.status()).isEqualTo("partial");
        List<String> warnings = List.of(
                warning(run, "output file extra: a java.util.LinkedHashMap that contains itself was cut at <cycle: cut>"),
                warning(run, "output file extra: a value nested deeper than 32 levels was cut at <deeper than 32 levels: cut>"),
                warning(run, "output neon_table got rows_written = -1; a count cannot be negative, left it out"),
                warning(run, "output file extra: the toString() of a fixture.BadValues$Hostile threw"
                        + " java.lang.IllegalStateException; recorded a placeholder"),
                warning(run, "output file extra: the number NaN is not a JSON value; recorded it as a string"),
                warning(run, "check id 'rows_EUR_USD' is not snake_case; recorded as 'rows_eur_usd'"),
                warning(run, "check rows_eur_usd got a null evidence; dropped it"));
        assertThat(loggedInRun(run)).containsExactlyElementsOf(warnings);
        assertThat(result.stderr().lines().toList()).containsExactlyElementsOf(warnings);
    }

    @Test
    void badValuesThroughWovenInputsAndOutputs() {
        AgentProcess.Result result = run("woven");
        FixtureRunFolders.RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Bad-Woven-Values");

        assertThat(result.stdoutLines()).containsExactly("RUN_ID=" + run.runId(), "woven result 1 opened -5");
        assertThat(run.runJson().path("inputs").toString())
                .isEqualTo("[{\"ref\":\"<toString() threw java.lang.IllegalStateException>\",\"type\":\"csv\"}]");
        assertThat(run.runJson().path("outputs").toString()).isEqualTo("[{\"ref\":\"ovc.written\",\"type\":\"neon_table\"}]");
        assertThat(run.status()).isEqualTo("partial");
        List<String> warnings = List.of(
                warning(run, "output neon_table got rows_written = -5; a count cannot be negative, left it out"),
                warning(run, "the toString() of a fixture.BadValues$Hostile threw java.lang.IllegalStateException;"
                        + " recorded a placeholder"),
                warning(run, "could not record the inputs of fixture.BadValues.open (UnsupportedOperationException"
                        + " no ref); it is left out"));
        assertThat(loggedInRun(run)).containsExactlyElementsOf(warnings);
        assertThat(result.stderr().lines().toList()).containsExactlyElementsOf(warnings);
    }

    @Test
    void anExceptionWhoseGetMessageThrowsStillFinishesTheRunAsFailed() {
        AgentProcess.Result result = run("hostile-error");
        FixtureRunFolders.RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Hostile-Error");

        assertThat(result.stdoutLines()).containsExactly("RUN_ID=" + run.runId(), "caught IllegalStateException");
        assertThat(result.stderr()).isEmpty();
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.checksJson().path("checks").toString()).isEqualTo("[{\"evidence\":[\"run.log:line:3\"],"
                + "\"id\":\"execution_error\",\"name\":\"Execution failed: fixture.BadValues$1\",\"status\":\"fail\"}]");
        assertThat(run.logLine("run.log:line:3")).endsWith(
                " Execution failed: fixture.BadValues$1: <getMessage() threw java.lang.UnsupportedOperationException>");
        assertThat(run.logLines().get(3)).contains("\tat fixture.BadValues.hostileError(BadValues.java:");
    }
}
