package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.OwnLoaderHost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;

/**
 * A pipeline whose class loader looks in its own jars first and finds a copy of the api there (a
 * web application with ovc-run-api in WEB-INF/lib): its own {@code Run.*} calls would go to that
 * copy, which knows nothing of the run the agent starts, so it runs unrecorded, said in one line,
 * rather than leave half a run. The same pipeline under a parent-first loader is recorded whole; one
 * whose loader bundles another version of the api, shadowed by the agent's (a Spring Boot executable
 * jar), is not recorded either, and says which versions meet.
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

    @Test
    void aBundledApiOfAnotherVersionShadowedByTheAgentsIsSaidAndNotHalfRecorded() {
        AgentProcess.Result result = host("app-classes", "version=9.9.9");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("fetched EUR_USD with the class path's api");
        assertThat(result.stderr()).contains("fixture.OwnApiPipeline.main", "comes with ovc-run-api 9.9.9",
                "but runs on ovc-run-api", "it runs unrecorded");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).isEmpty();
    }

    @Test
    void aBundledApiOfTheSameVersionIsRecordedWhole() {
        AgentProcess.Result result = host("app-classes", AgentProcess.apiLocation());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Own-Api");
        assertThat(run.checksJson().path("checks").toString()).contains("own_check");
        assertThat(result.stderr()).doesNotContain("ovc-run-api");
    }

    private AgentProcess.Result host(String order) {
        return host(order, AgentProcess.apiLocation());
    }

    private AgentProcess.Result host(String order, String api) {
        return AgentProcess.of(work, OwnLoaderHost.class).args(order, System.getProperty("ovc.test.classes"), api).run();
    }
}
