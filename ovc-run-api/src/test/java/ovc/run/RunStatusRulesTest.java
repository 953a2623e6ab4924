package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.Json;
import ovc.run.testing.TestHost;

class RunStatusRulesTest {

    @TempDir
    Path work;

    private TestHost host;

    private JsonNode finish(RunWriter run) {
        run.close();
        return Json.read(run.directory().resolve("run.json"));
    }

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        host = new TestHost(work);
    }

    @Test
    void noChecksIsSuccess() {
        assertThat(finish(host.start("Plain")).get("status").asText()).isEqualTo("success");
    }

    @Test
    void anyFailedCheckFailsTheRun() {
        RunWriter run = host.start("Failing");
        run.check("a", "A", CheckStatus.PASS).check("b", "B", CheckStatus.SKIP).check("c", "C", CheckStatus.FAIL);
        assertThat(finish(run).get("status").asText()).isEqualTo("failed");
    }

    @Test
    void aSkipWithoutFailureIsPartial() {
        RunWriter run = host.start("Skipping");
        run.check("a", "A", CheckStatus.PASS).check("b", "Nothing to fill", CheckStatus.SKIP);
        assertThat(finish(run).get("status").asText()).isEqualTo("partial");
        JsonNode checks = Json.read(run.directory().resolve("checks.json"));
        assertThat(checks.get("summary").toString()).isEqualTo("{\"fail\":0,\"pass\":1,\"skip\":1}");
    }

    @Test
    void codeMayLowerTheStatusButNeverRaiseIt() {
        RunWriter lowered = host.start("Lowered");
        lowered.check("a", "A", CheckStatus.PASS);
        assertThat(lowered.finish(RunStatus.PARTIAL)).isEqualTo(RunStatus.PARTIAL);

        RunWriter notRaised = host.start("Not-Raised");
        notRaised.check("a", "A", CheckStatus.FAIL).lowerStatus(RunStatus.SUCCESS);
        assertThat(notRaised.finish(RunStatus.SUCCESS)).isEqualTo(RunStatus.FAILED);

        RunWriter failedByCode = host.start("Failed-By-Code");
        failedByCode.lowerStatus(RunStatus.FAILED).lowerStatus(RunStatus.PARTIAL);
        assertThat(finish(failedByCode).get("status").asText()).isEqualTo("failed");
    }

    @Test
    void anExceptionAddsExecutionErrorPointingAtItsStackTrace() throws Exception {
        RunWriter run = host.start("Crashing");
        run.log("working");
        assertThat(run.fail(new IllegalStateException("upstream returned 502"))).isEqualTo(RunStatus.FAILED);

        JsonNode check = Json.read(run.directory().resolve("checks.json")).get("checks").get(0);
        assertThat(check.get("id").asText()).isEqualTo("execution_error");
        assertThat(check.get("name").asText()).isEqualTo("Execution failed: IllegalStateException");
        assertThat(check.get("status").asText()).isEqualTo("fail");
        String evidence = check.get("evidence").get(0).asText();
        int line = Integer.parseInt(evidence.substring("run.log:line:".length()));
        List<String> log = Files.readAllLines(run.directory().resolve("run.log"));
        assertThat(log.get(line - 1)).endsWith("Execution failed: java.lang.IllegalStateException: upstream returned 502");
        assertThat(log.get(line)).contains("\tat ovc.run.RunStatusRulesTest.anExceptionAdds");
        assertThat(Json.read(run.directory().resolve("run.json")).get("status").asText()).isEqualTo("failed");
    }

    @Test
    void aCheckRecordedAgainStaysOneCheckWithTheWorseStatusAndAllEvidence() {
        RunWriter run = host.start("Rechecked");
        run.check("rows_match", "Rows match (first batch)", CheckStatus.FAIL, "run.log:line:2");
        run.check("other", "Other", CheckStatus.PASS);
        run.check("rows_match", "Rows match", CheckStatus.PASS, "run.log:line:3", "run.log:line:2");
        run.close();
        JsonNode checks = Json.read(run.directory().resolve("checks.json"));
        assertThat(checks.get("checks").get(0).toString()).isEqualTo("{\"evidence\":[\"run.log:line:2\",\"run.log:line:3\"],"
                + "\"id\":\"rows_match\",\"name\":\"Rows match\",\"status\":\"fail\"}");
        assertThat(checks.get("summary").toString()).isEqualTo("{\"fail\":1,\"pass\":1,\"skip\":0}");
    }

    @Test
    void finishingTwiceKeepsTheFirstOutcome() throws Exception {
        RunWriter run = host.start("Twice");
        run.fail(new RuntimeException("first"));
        String runJson = Files.readString(run.directory().resolve("run.json"));
        run.close();
        assertThat(run.finish(RunStatus.SUCCESS)).isEqualTo(RunStatus.FAILED);
        assertThat(Files.readString(run.directory().resolve("run.json"))).isEqualTo(runJson);
    }

    @Test
    void recordsAreValidatedWhenMadeNotAtFinish() {
        try (RunWriter run = host.start("Validating")) {
            assertThatThrownBy(() -> run.check("rowsInserted", "Rows", CheckStatus.PASS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rowsInserted'")
                    .hasMessageContaining("snake_case");
            assertThatThrownBy(() -> run.check("rows", "Rows", CheckStatus.PASS, "rows=12"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run.log:line:<n>");
            assertThatThrownBy(() -> run.input("Neon Table", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> run.output("file", "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> run.output("file", "f", -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void declarationsAreValidatedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> host.start("P2_Backfill")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'P2_Backfill'");
        assertThatThrownBy(() -> host.writer("P2-Backfill", "1.0").start()).hasMessageContaining("semantic version");
        assertThatThrownBy(() -> host.start("P2-Backfill", "NEON_DSN||DATABASE_URL"))
                .hasMessageContaining("'NEON_DSN||DATABASE_URL'");
        assertThat(work.resolve("reports")).doesNotExist();
    }
}
