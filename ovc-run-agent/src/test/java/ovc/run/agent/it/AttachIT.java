package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.AttachLater;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour 11: attached at run time, the agent retransforms classes already loaded. */
class AttachIT {

    @TempDir
    Path work;

    @Test
    void classesLoadedBeforeAttachAreWovenAndRecordRuns() {
        Path reports = work.resolve("attached-runs");
        AgentProcess.Result result = AgentProcess.of(work, AttachLater.class).withoutAgent()
                .jvmOption("-Djdk.attach.allowAttachSelf=true")
                .args(AgentProcess.AGENT_JAR.toString(), "reports=" + reports)
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("before attach: loaded", "late job ran");
        var run = FixtureRunFolders.only(reports, "Attached-Later");
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.logMessages()).contains("late job ran");
    }
}
