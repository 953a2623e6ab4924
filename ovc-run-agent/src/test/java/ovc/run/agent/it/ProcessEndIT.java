package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.Blocking;
import fixture.ExitInRun;
import java.nio.file.Path;
import java.util.List;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour 7: System.exit, SIGTERM, SIGINT and kill -9 inside a run. */
class ProcessEndIT {

    @TempDir
    Path work;

    @Test
    void systemExitNonZeroFinishesTheRunAsFailedNamingTheCode() {
        AgentProcess.Result result = AgentProcess.of(work, ExitInRun.class).args("3").run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Exits");
        assertThat(run.status()).isEqualTo("failed");
        var check = run.check("process_exit_code");
        assertThat(check.path("status").asText()).isEqualTo("fail");
        assertThat(check.path("name").asText()).contains("3");
        assertThat(run.logLine(check.path("evidence").get(0).asText())).contains("System.exit(3)");
        assertThat(run.check("process_terminated").isMissingNode()).isTrue();
    }

    @Test
    void systemExitZeroKeepsTheDerivedStatus() {
        AgentProcess.Result result = AgentProcess.of(work, ExitInRun.class).args("0").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Exits");
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.checksJson().path("checks")).isEmpty();
    }

    @Test
    void sigtermFinishesTheRunAsFailedSayingTheProcessWasTerminated() throws Exception {
        AgentProcess.Running running = AgentProcess.of(work, Blocking.class).start();
        List<String> printed = running.awaitLine("READY");
        running.process().destroy(); // SIGTERM
        running.awaitExit();

        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Blocking");
        assertThat(printed.get(0)).isEqualTo("RUN_ID=" + run.runId());
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.check("process_terminated").path("status").asText()).isEqualTo("fail");
    }

    @Test
    void sigintFinishesTheRunAsFailedToo() throws Exception {
        AgentProcess.Running running = AgentProcess.of(work, Blocking.class).start();
        running.awaitLine("READY");
        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(running.process().pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        running.awaitExit();

        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Blocking");
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.check("process_terminated").path("status").asText()).isEqualTo("fail");
    }

    @Test
    void afterKillMinus9RunLogHoldsEveryLineWrittenBeforeTheKill() throws Exception {
        AgentProcess.Running running = AgentProcess.of(work, Blocking.class).start();
        running.awaitLine("READY");
        running.process().destroyForcibly(); // SIGKILL
        running.awaitExit();

        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Blocking");
        assertThat(run.hasRunJson()).isFalse();
        assertThat(run.logMessages()).containsSubsequence("progress line 1", "progress line 2", "progress line 3",
                "progress line 4", "progress line 5", "READY");
    }
}
