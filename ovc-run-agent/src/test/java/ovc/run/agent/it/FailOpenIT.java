package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.FailOpen;
import fixture.Plain;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour 12: what the agent cannot record runs as without it; strict mode refuses it instead. */
class FailOpenIT {

    @TempDir
    Path work;

    @Test
    void unknownOptionIsNamedInOneLineWithTheValidOnesAndTheApplicationStillRuns() {
        AgentProcess.Result result = AgentProcess.of(work, Plain.class).agentOptions("colour=blue,reports=r").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("hello");
        assertThat(result.stderr().lines().filter(line -> line.contains("colour=blue")).toList()).singleElement()
                .asString().contains("capture", "debug", "reports", "strict", "trigger");
        assertThat(FixtureRunFolders.only(work.resolve("r"), "Plain").status()).isEqualTo("success");
    }

    @Test
    void invalidDeclarationRunsUnrecordedWithOneWarning() {
        AgentProcess.Result result = AgentProcess.of(work, FailOpen.class).args("bad").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("bad declaration body ran");
        assertThat(result.stderr()).contains("@Pipeline on fixture.FailOpen.badDeclaration is invalid", "bad id");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).isEmpty();
    }

    @Test
    void unwritableReportsFolderLetsThePipelineRunWithAWarning() throws Exception {
        Path blocker = Files.writeString(work.resolve("not-a-folder"), "x");
        AgentProcess.Result result = AgentProcess.of(work, FailOpen.class)
                .agentOptions("reports=" + blocker.resolve("runs")).args("unwritable", "unwritable").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("unwritable body ran");
        assertThat(result.stderr()).contains("cannot create the run folder");
    }

    @Test
    void strictModeRefusesARunThatCannotBeRecordedBeforeItsBodyRuns() throws Exception {
        Path blocker = Files.writeString(work.resolve("not-a-folder"), "x");
        AgentProcess.Result result = AgentProcess.of(work, FailOpen.class)
                .agentOptions("strict=true,reports=" + blocker.resolve("runs")).args("unwritable", "bad").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).doesNotContain("body ran")
                .contains("refused: cannot create the run folder", "refused: @Pipeline on fixture.FailOpen.badDeclaration");
    }
}
