package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.Json;
import ovc.run.testing.TestHost;

/** Issue 11, case 8: evidence that points at nothing is told when the run finishes, not only by a later validate. */
class DanglingEvidenceTest {

    @TempDir
    java.nio.file.Path work;

    private TestHost host;

    @BeforeEach
    void setUp() {
        host = new TestHost(work);
    }

    @Test
    void eachPointerAtNothingIsOneWarningInRunLogAndOnStderrAndTheRunIsPartial() throws IOException {
        RunWriter run = host.start("Dangling");
        int line = run.log("Fetched 60 blocks");
        Files.writeString(run.artifact("report.json"), "{}");
        run.output("neon_table", "ovc.blocks", 60L);
        run.check("rows_fetched", "Rows fetched", CheckStatus.PASS, "run.log:line:" + line, "run.log:line:99999");
        run.check("report_written", "Report written", CheckStatus.PASS, "artifacts/report.json", "artifacts/missing.json");
        run.check("rows_written", "Rows written", CheckStatus.PASS, "run.json:$.outputs[0].rows_written",
                "run.json:$.outputs[42].x");
        run.close();

        List<String> warnings = warnings(TestHost.read(run.directory().resolve("run.log")));
        assertThat(warnings).containsExactly(
                "WARNING: check rows_fetched: evidence run.log:line:99999 points at nothing",
                "WARNING: check report_written: evidence artifacts/missing.json points at nothing",
                "WARNING: check rows_written: evidence run.json:$.outputs[42].x points at nothing");
        assertThat(warnings(host.stderr())).containsExactly(
                "[ovc-run] WARNING: run " + run.runId() + ": check rows_fetched: evidence run.log:line:99999 points at nothing",
                "[ovc-run] WARNING: run " + run.runId() + ": check report_written: evidence artifacts/missing.json points at nothing",
                "[ovc-run] WARNING: run " + run.runId() + ": check rows_written: evidence run.json:$.outputs[42].x points at nothing");
        assertThat(Json.read(run.directory().resolve("run.json")).get("status").asText()).isEqualTo("partial");
        // The checks keep what the pipeline recorded; validate reports the same three pointers.
        assertThat(Json.read(run.directory().resolve("checks.json")).at("/checks/0/evidence/1").asText())
                .isEqualTo("run.log:line:99999");
    }

    @Test
    void pointersThatResolveGiveNoWarningAndLeaveTheStatus() throws IOException {
        RunWriter run = host.start("Resolved");
        int line = run.log("Fetched 60 blocks");
        Files.writeString(run.artifact("report.json"), "{}");
        run.output("neon_table", "ovc.blocks", 60L);
        run.check("all_there", "All there", CheckStatus.PASS, "run.log:line:" + line, "artifacts/report.json",
                "run.json:$.outputs[0].rows_written", "run.json:$.env.missing");
        run.close();

        assertThat(warnings(TestHost.read(run.directory().resolve("run.log")))).isEmpty();
        assertThat(host.stderr()).doesNotContain("points at nothing");
        assertThat(Json.read(run.directory().resolve("run.json")).get("status").asText()).isEqualTo("success");
    }

    @Test
    void aFailedRunStaysFailedAndAFloodIsCutToTenNamedAndACount() {
        RunWriter run = host.start("Flood");
        for (int i = 0; i < 25; i++) {
            run.check("c" + i, "C" + i, i == 0 ? CheckStatus.FAIL : CheckStatus.PASS, "run.log:line:" + (1000 + i));
        }
        run.close();

        List<String> warnings = warnings(TestHost.read(run.directory().resolve("run.log")));
        assertThat(warnings).hasSize(11);
        assertThat(warnings.get(9)).isEqualTo("WARNING: check c9: evidence run.log:line:1009 points at nothing");
        assertThat(warnings.get(10))
                .isEqualTo("WARNING: 15 more evidence pointers point at nothing (ovc-run validate lists them all)");
        assertThat(Json.read(run.directory().resolve("run.json")).get("status").asText()).isEqualTo("failed");
    }

    @Test
    void aSecretInAPointerIsMaskedInBothPlaces() {
        host.env.put("OVC_TEST_TOKEN", "s3cr3t-value");
        RunWriter run = host.start("Masked", "OVC_TEST_TOKEN");
        run.check("leaky", "Leaky", CheckStatus.PASS, "artifacts/s3cr3t-value.json");
        run.close();

        assertThat(TestHost.read(run.directory().resolve("run.log")))
                .contains("WARNING: check leaky: evidence artifacts/***.json points at nothing")
                .doesNotContain("s3cr3t-value");
        assertThat(host.stderr()).contains("evidence artifacts/***.json points at nothing").doesNotContain("s3cr3t-value");
    }

    /** The warning lines, without run.log's timestamps. */
    private static List<String> warnings(String text) {
        return Arrays.stream(text.split("\n"))
                .filter(l -> l.contains("WARNING: ") && l.contains(" at nothing"))
                .map(l -> l.startsWith("[ovc-run]") ? l : l.substring(l.indexOf("WARNING: ")))
                .toList();
    }
}
