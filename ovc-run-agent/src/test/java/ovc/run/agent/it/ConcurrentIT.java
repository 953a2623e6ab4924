package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fixture.Concurrent;
import java.nio.file.Path;
import java.util.List;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour 10: pipelines running at once in one JVM get separate runs with no cross-talk. */
class ConcurrentIT {

    @TempDir
    Path work;

    @Test
    void pipelinesOnAThreadPoolGetSeparateRuns() {
        assertSeparateRuns("platform");
    }

    @Test
    void pipelinesOnVirtualThreadsGetSeparateRuns() {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21+");
        assertSeparateRuns("virtual");
    }

    private void assertSeparateRuns(String threads) {
        AgentProcess.Result result = AgentProcess.of(work, Concurrent.class).args(threads).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();

        List<RunFolder> runs = FixtureRunFolders.all(work.resolve("reports/runs"));
        assertThat(runs).hasSize(6);
        for (RunFolder run : runs) {
            assertThat(run.status()).as(run.runId()).isEqualTo("success");
            var inputs = run.runJson().path("inputs");
            assertThat(inputs).as(run.runId()).hasSize(1);
            String name = inputs.get(0).path("ref").asText();   // e.g. alpha-2
            assertThat(run.runId()).containsIgnoringCase("__" + name.substring(0, name.indexOf('-')) + "__");
            List<String> printed = run.logMessages().stream().filter(line -> line.contains(" line ")).toList();
            assertThat(printed).as(run.runId()).hasSize(20).allMatch(line -> line.startsWith(name + " line "));
            assertThat(run.runJson().path("outputs")).as("no run nested in another").isEmpty();
        }
    }
}
