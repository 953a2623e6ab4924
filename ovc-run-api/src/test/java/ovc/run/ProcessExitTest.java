package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.runtime.RunLifecycle;
import ovc.run.testing.Json;
import ovc.run.testing.TestHost;

/**
 * What the shutdown hook and the agent's {@code System.exit} advice call. The forked-JVM tests of
 * the agent module cover the real exit and signal; these pin down the recorded outcome.
 */
class ProcessExitTest {

    @TempDir
    Path work;

    @Test
    void exitZeroKeepsTheDerivedStatus() {
        RunWriter run = new TestHost(work).start("Exit-Zero");
        run.check("a", "A", CheckStatus.SKIP);
        RunLifecycle.processExiting(0);
        assertThat(Json.read(run.directory().resolve("run.json")).get("status").asText()).isEqualTo("partial");
    }

    @Test
    void nonZeroExitFailsTheRunWithACheckNamingTheCode() {
        RunWriter run = new TestHost(work).start("Exit-Three");
        RunLifecycle.processExiting(3);
        assertThat(Json.read(run.directory().resolve("run.json")).get("status").asText()).isEqualTo("failed");
        JsonNode check = Json.read(run.directory().resolve("checks.json")).get("checks").get(0);
        assertThat(check.get("id").asText()).isEqualTo("process_exit_code");
        assertThat(check.get("name").asText()).isEqualTo("Process exited with code 3");
        assertThat(check.get("evidence").get(0).asText()).matches("run\\.log:line:\\d+");
    }

    @Test
    void aShutdownWithoutExitIsATermination() {
        RunWriter outer = new TestHost(work).start("Terminated");
        RunWriter inner = new TestHost(work).start("Terminated-Inner");
        RunLifecycle.processExiting(null);
        for (RunWriter run : new RunWriter[] {outer, inner}) {
            JsonNode check = Json.read(run.directory().resolve("checks.json")).get("checks").get(0);
            assertThat(check.get("id").asText()).isEqualTo("process_terminated");
            assertThat(Json.read(run.directory().resolve("run.json")).get("status").asText()).isEqualTo("failed");
        }
        // The inner run finished first, so the outer one still recorded it.
        assertThat(Json.read(outer.directory().resolve("run.json")).get("outputs").toString()).contains(inner.runId());
    }
}
