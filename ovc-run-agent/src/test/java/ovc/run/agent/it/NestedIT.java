package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.Nested;
import java.nio.file.Path;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour 9: a pipeline inside another run gets its own; a recursive call joins its run. */
class NestedIT {

    @TempDir
    Path work;

    @Test
    void innerPipelineIsItsOwnRunRecordedAsAnOutputOfTheOuterOne() {
        AgentProcess.Result result = AgentProcess.of(work, Nested.class).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();

        RunFolder outer = FixtureRunFolders.only(work.resolve("reports/runs"), "Outer");
        RunFolder inner = FixtureRunFolders.only(work.resolve("reports/runs"), "Inner");
        assertThat(inner.status()).isEqualTo("success");
        assertThat(inner.logMessages()).contains("inside inner");
        var outputs = outer.runJson().path("outputs");
        assertThat(outputs).hasSize(1);
        assertThat(outputs.get(0).path("type").asText()).isEqualTo("run");
        assertThat(outputs.get(0).path("ref").asText()).isEqualTo(inner.runId());
    }

    @Test
    void recursiveCallsOfOnePipelineJoinTheOneRun() {
        AgentProcess.Result result = AgentProcess.of(work, Nested.class).run();
        assertThat(result.stdout()).contains("countdown=3\n");

        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Recursive");
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.logMessages()).containsSubsequence("countdown 3", "countdown 2", "countdown 1", "countdown 0");
        assertThat(run.runJson().path("outputs")).isEmpty();
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).hasSize(3);
    }
}
