package ovc.run.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import ovc.run.CheckStatus;
import ovc.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The extension on RunWriter code, as a pipeline author's test uses it. */
@RecordedRuns
class RecordedRunsTest {

    @Test
    void runsOfTheTestGoToItsOwnFolderAndAreAsserted(Runs runs) {
        assertThat(System.getProperty("ovc.run.reports")).isEqualTo(runs.folder().toString());

        OrdersPipeline.load(3);

        RecordedRun run = runs.only();
        assertThat(run.folder().getParent()).isEqualTo(runs.folder());
        assertThat(run.pipelineId()).isEqualTo("Orders-Load");
        run.assertStatus(RunStatus.SUCCESS)
                .assertCheck("rows_loaded", CheckStatus.PASS)
                .assertInput("csv", "orders.csv")
                .assertOutput("table", "orders", 3)
                .assertLogContains("loaded 3 orders");
        assertThat(run.log().get(0)).isEqualTo("RUN_ID=" + run.runId());
    }

    @Test
    void aFailedRunIsAssertedAsFailedWithItsExecutionError(Runs runs) {
        assertThatThrownBy(() -> OrdersPipeline.load(-1)).isInstanceOf(IllegalArgumentException.class);

        runs.only("Orders-Load").assertStatus(RunStatus.FAILED).assertCheck("execution_error", CheckStatus.FAIL);
    }

    @Test
    void severalRunsAreInStartOrderAndLatestIsTheLastStarted(Runs runs) {
        OrdersPipeline.load(1);
        OrdersPipeline.load(0);

        assertThat(runs.all()).hasSize(2);
        runs.all().get(0).assertOutput("table", "orders", 1);
        runs.latest().assertOutput("table", "orders", 0).assertStatus(RunStatus.PARTIAL);
        assertThatThrownBy(runs::only).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("expected exactly one run in " + runs.folder() + " but found 2: ");
    }

    @Test
    void wrongStatusNamesExpectedActualAndShowsTheRun(Runs runs) {
        OrdersPipeline.load(2);
        RecordedRun run = runs.only();

        assertThatThrownBy(() -> run.assertStatus(RunStatus.FAILED))
                .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
                    assertThat(e.getExpected().getValue()).isEqualTo("failed");
                    assertThat(e.getActual().getValue()).isEqualTo("success");
                })
                .hasMessageStartingWith("run " + run.runId() + ": expected status failed but was success\n")
                .hasMessageContaining("  folder:  " + run.folder())
                .hasMessageContaining("  check:   rows_loaded pass [run.json:$.outputs[0].rows_written]")
                .hasMessageContaining("  output:  table orders rows_written 2");
    }

    @Test
    void missingOrDifferentRecordsSayWhatTheRunHasInstead(Runs runs) {
        OrdersPipeline.load(2);
        RecordedRun run = runs.only();

        assertThatThrownBy(() -> run.assertCheck("rows_loaded", CheckStatus.FAIL))
                .hasMessageContaining("expected check rows_loaded to be fail but it was pass");
        assertThatThrownBy(() -> run.assertCheck("row_count", CheckStatus.PASS))
                .hasMessageContaining("expected check row_count (pass) but the run has no such check")
                .hasMessageContaining("check:   rows_loaded pass");
        assertThatThrownBy(() -> run.assertOutput("table", "orders", 5))
                .hasMessageContaining("expected output table orders with rows_written 5 but it was 2");
        assertThatThrownBy(() -> run.assertInput("csv", "returns.csv"))
                .hasMessageContaining("expected input csv returns.csv but the run has none")
                .hasMessageContaining("  input:   csv orders.csv");
        assertThatThrownBy(() -> run.assertLogContains("loaded 5 orders"))
                .hasMessageContaining("expected a run.log line containing \"loaded 5 orders\" but there is none")
                .hasMessageContaining("loaded 2 orders");
    }

    @Test
    void noRunSaysHowRunsAreRecorded(Runs runs) {
        Path folder = runs.folder();

        assertThatThrownBy(runs::only).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("expected exactly one run in " + folder + " but found none (was the pipeline"
                        + " run under the agent");
        assertThatThrownBy(runs::latest).hasMessageContaining("expected a run in " + folder + " but found none");
        assertThatThrownBy(() -> runs.only("Orders-Load"))
                .hasMessageContaining("expected exactly one run of Orders-Load in " + folder + " but found none");
    }
}
