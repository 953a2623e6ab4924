package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.ChildFirstHost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;

/**
 * A pipeline whose class loader looks in its own jars first and finds a copy of the api there (a
 * web application with ovc-run-api in WEB-INF/lib): its own {@code Run.*} calls would go to that
 * copy, which knows nothing of the run the agent starts, so it runs unrecorded, said in one line,
 * rather than leave half a run. The same pipeline under a parent-first loader is recorded whole.
 */
class OwnApiCopyIT {

    private static final String WARNING = "comes from another copy of ovc-run-api";

    @TempDir
    Path work;

    @Test
    void aPipelineOnItsOwnApiCopyRunsUnrecordedAndSaysWhy() {
        AgentProcess.Result result = host("child-first");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("fetched EUR_USD with its own api");
        assertThat(result.stderr()).contains("fixture.OwnApiPipeline.main", WARNING, "it runs unrecorded");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).as("never half a run").isEmpty();
    }

    @Test
    void theSamePipelineUnderAParentFirstLoaderIsRecordedWholeWithoutAWord() {
        AgentProcess.Result result = host("parent-first");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("fetched EUR_USD with the class path's api");
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Own-Api");
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.runJson().path("inputs").toString()).contains("EUR_USD");
        assertThat(run.checksJson().path("checks").toString()).contains("own_check");
        assertThat(result.stderr()).doesNotContain(WARNING);
    }

    private AgentProcess.Result host(String order) {
        return AgentProcess.of(work, ChildFirstHost.class)
                .args(order, System.getProperty("ovc.test.classes"), AgentProcess.apiLocation()).run();
    }
}
