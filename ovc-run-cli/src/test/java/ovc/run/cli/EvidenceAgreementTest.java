package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.CheckStatus;
import ovc.run.RunWriter;
import ovc.run.TestWriters;
import ovc.run.runtime.RunEnvironment;

/** The runtime, {@code validate} and {@code show} say the same about which evidence points at nothing. */
class EvidenceAgreementTest {

    @TempDir
    Path dir;

    @Test
    void theRuntimeWarnsAboutExactlyThePointersValidateAndShowReport() throws IOException {
        ByteArrayOutputStream runtimeErr = new ByteArrayOutputStream();
        RunEnvironment environment = new RunEnvironment(Map.of("USER", "t"), Map.of(), java.time.Clock.systemUTC(), dir,
                new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(runtimeErr, true, StandardCharsets.UTF_8));
        Path outside = Files.writeString(dir.resolve("outside.json"), "{}");
        String runId;
        try (RunWriter run = TestWriters.in(environment, RunWriter.builder("Agreeing", "0.1.0")).start()) {
            runId = run.runId();
            Files.writeString(run.artifact("report.json"), "{}");
            Files.createSymbolicLink(run.artifact("linked.json"), outside);
            run.output("file", "out.csv", 3L, null, null);
            run.check("found", "Found", CheckStatus.PASS, "artifacts/report.json", "run.json:$.outputs[0].rows_written",
                    "run.log:line:" + run.log("a line"));
            run.check("lost", "Lost", CheckStatus.PASS, "artifacts/linked.json", "run.json:$.outputs[0].rows_updated",
                    "run.log:line:500", "artifacts/missing.json");
        }
        String[] lost = {"artifacts/linked.json", "run.json:$.outputs[0].rows_updated", "run.log:line:500",
            "artifacts/missing.json"};

        String warned = runtimeErr.toString(StandardCharsets.UTF_8);
        Cli cli = new Cli(dir);
        Cli.Result validate = cli.run("validate", cli.reports().resolve(runId).toString());
        Cli.Result show = cli.run("show", runId);
        for (String pointer : lost) {
            assertThat(warned).contains("check lost: evidence " + pointer + " points at nothing");
            assertThat(validate.out()).contains("check lost: evidence " + pointer + " points at nothing");
            assertThat(show.out()).contains(pointer + " -> NOT FOUND");
        }
        assertThat(warned.lines().filter(l -> l.contains("points at nothing")).count()).isEqualTo(lost.length);
        assertThat(validate.out().lines().filter(l -> l.contains("points at nothing")).count()).isEqualTo(lost.length);
        assertThat(show.out()).contains("artifacts/report.json = 2 bytes", "run.json:$.outputs[0].rows_written = 3")
                .doesNotContain("artifacts/report.json -> NOT FOUND");
    }
}
