package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.MissingEnv;
import java.nio.file.Path;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour 5: a missing required variable fails the run and keeps the body from running. */
class MissingEnvIT {

    @TempDir
    Path work;

    @Test
    void mainWithMissingVariablesExitsNonZeroNamingThemAndRecordsAFailedRun() {
        AgentProcess.Result result = AgentProcess.of(work, MissingEnv.class).env("OVC_FIXTURE_URL", "").run();

        assertThat(result.exitCode()).as(result.toString()).isNotZero();
        assertThat(result.stdout()).doesNotContain("BODY RAN");
        assertThat(result.stderr()).contains("ovc.run.MissingEnvironmentException", "Pipeline Needs-Env cannot run",
                "OVC_FIXTURE_TOKEN", "OVC_FIXTURE_DSN|OVC_FIXTURE_URL");

        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Needs-Env");
        assertThat(run.status()).isEqualTo("failed");
        var check = run.check("required_env_present");
        assertThat(check.path("status").asText()).isEqualTo("fail");
        assertThat(check.path("evidence").get(0).asText()).isEqualTo("run.json:$.env.missing");
        assertThat(run.runJson().path("env").path("missing").toString())
                .isEqualTo("[\"OVC_FIXTURE_DSN|OVC_FIXTURE_URL\",\"OVC_FIXTURE_TOKEN\"]");
    }

    @Test
    void callerOfAPipelineWithMissingVariablesCatchesMissingEnvironmentException() {
        AgentProcess.Result result = AgentProcess.of(work, MissingEnv.Caller.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).doesNotContain("CALLED BODY RAN")
                .contains("caught missing=[OVC_FIXTURE_TOKEN] pipeline=Needs-Env-Called");
        assertThat(FixtureRunFolders.only(work.resolve("reports/runs"), "Needs-Env-Called").status()).isEqualTo("failed");
    }

    @Test
    void presentVariablesLetTheBodyRunAndPassTheCheck() {
        AgentProcess.Result result = AgentProcess.of(work, MissingEnv.class)
                .env("OVC_FIXTURE_TOKEN", "secret-token-value").env("OVC_FIXTURE_URL", "postgres://u:p@h/db").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("BODY RAN");
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Needs-Env");
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.check("required_env_present").path("status").asText()).isEqualTo("pass");
        assertThat(String.join("\n", run.logLines())).doesNotContain("secret-token-value");
    }
}
