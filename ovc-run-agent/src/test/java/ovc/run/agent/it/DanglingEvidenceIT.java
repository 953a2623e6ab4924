package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.DanglingEvidence;
import java.nio.file.Path;
import java.util.List;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, case 8: evidence that points at nothing is told as the run finishes, under the packaged agent. */
class DanglingEvidenceIT {

    @TempDir
    Path work;

    @Test
    void eachPointerAtNothingIsOneWarningInRunLogAndOnStderrAndTheRunIsPartial() {
        AgentProcess.Result result = AgentProcess.of(work, DanglingEvidence.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("BODY DONE");
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Dangling-Evidence");
        List<String> expected = List.of(
                "check rows_fetched: evidence run.log:line:99999 points at nothing",
                "check report_written: evidence artifacts/missing.json points at nothing",
                "check rows_written: evidence run.json:$.outputs[42].x points at nothing");
        assertThat(run.logLines().stream().filter(l -> l.contains("points at nothing"))
                .map(l -> l.substring(l.indexOf("WARNING: ") + "WARNING: ".length())).toList())
                .containsExactlyElementsOf(expected);
        String runId = run.runJson().path("run_id").asText();
        assertThat(result.stderr().lines().filter(l -> l.contains("points at nothing")).toList())
                .containsExactlyElementsOf(expected.stream().map(w -> "[ovc-run] WARNING: run " + runId + ": " + w).toList());
        assertThat(run.status()).isEqualTo("partial");
        assertThat(run.check("rows_fetched").path("status").asText()).isEqualTo("pass");
    }
}
