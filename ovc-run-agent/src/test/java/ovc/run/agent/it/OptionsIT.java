package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.Plain;
import java.nio.file.Path;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agent options map onto the runtime's settings and win over -Dovc.run.* and OVC_RUN_*. */
class OptionsIT {

    @TempDir
    Path work;

    @Test
    void reportsAndTriggerOptionsWinOverPropertiesAndEnvironment() {
        AgentProcess.Result result = AgentProcess.of(work, Plain.class)
                .agentOptions("reports=agent-runs,trigger=worker_cron,debug=true")
                .jvmOption("-Dovc.run.reports=property-runs")
                .env("OVC_RUN_TRIGGER", "worker_http")
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        RunFolder run = FixtureRunFolders.only(work.resolve("agent-runs"), "Plain");
        assertThat(run.runJson().path("trigger").path("type").asText()).isEqualTo("worker_cron");
        assertThat(FixtureRunFolders.all(work.resolve("property-runs"))).isEmpty();
        assertThat(result.stderr()).contains("[ovc-run] agent: woven fixture.Plain");
    }

    @Test
    void withoutOptionsThePropertiesAndEnvironmentDecide() {
        AgentProcess.Result result = AgentProcess.of(work, Plain.class)
                .jvmOption("-Dovc.run.reports=property-runs")
                .env("OVC_RUN_TRIGGER", "worker_http")
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        RunFolder run = FixtureRunFolders.only(work.resolve("property-runs"), "Plain");
        assertThat(run.runJson().path("trigger").path("type").asText()).isEqualTo("worker_http");
        assertThat(result.stderr()).doesNotContain("[ovc-run] agent:");
    }

    @Test
    void withoutTheAgentNothingIsRecorded() {
        AgentProcess.Result result = AgentProcess.of(work, Plain.class).withoutAgent().run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEqualTo("hello\n");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).isEmpty();
    }
}
