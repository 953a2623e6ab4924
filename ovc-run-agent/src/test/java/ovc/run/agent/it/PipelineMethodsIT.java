package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.Methods;
import fixture.StaticMain;
import java.nio.file.Path;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviours 1 and 6: @Pipeline methods start and finish runs; exceptions end them as failed. */
class PipelineMethodsIT {

    @TempDir
    Path work;

    @Test
    void staticMainPipelineLeavesASuccessfulRunFolderAndAnnouncesItsId() {
        AgentProcess.Result result = AgentProcess.of(work, StaticMain.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Static-Main");
        assertThat(run.runId()).matches("^[0-9]{8}T[0-9]{6}Z__Static-Main__[a-f0-9]{7}$");
        assertThat(result.stdoutLines()).first().isEqualTo("RUN_ID=" + run.runId());
        assertThat(run.logLines()).first().isEqualTo("RUN_ID=" + run.runId());
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.runJson().path("pipeline_version").asText()).isEqualTo("0.1.0");
        assertThat(run.checksJson().path("run_id").asText()).isEqualTo(run.runId());
    }

    @Test
    void instanceAndPrivateMethodsAreRunsAndTheCallerSeesTheSameValueAndException() {
        AgentProcess.Result result = AgentProcess.of(work, Methods.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("result=42\n", "same exception=true suppressed=0\n");

        RunFolder instance = FixtureRunFolders.only(work.resolve("reports/runs"), "Instance-Return");
        assertThat(instance.status()).isEqualTo("success");
        assertThat(instance.runJson().path("pipeline_version").asText()).isEqualTo("1.2.3");

        RunFolder failed = FixtureRunFolders.only(work.resolve("reports/runs"), "Private-Throws");
        assertThat(failed.status()).isEqualTo("failed");
        var check = failed.check("execution_error");
        assertThat(check.path("status").asText()).isEqualTo("fail");
        assertThat(check.path("name").asText()).contains("IllegalStateException");
        String evidence = check.path("evidence").get(0).asText();
        assertThat(failed.logLine(evidence)).contains("java.lang.IllegalStateException: boom from the pipeline");
        assertThat(failed.logMessages()).anyMatch(line -> line.contains("at fixture.Methods.explode"));
    }
}
