package ovc.run.examples.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C-Eval, a shell script, run through {@code ovc-run exec} as the old wrapper ran it. */
class CEvalIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path C_EVAL = Path.of(System.getProperty("ovc.c-eval.dir"));

    @TempDir
    Path work;

    private ExampleJvm.Result exec(String signals, String... minHitRate) {
        List<String> args = new java.util.ArrayList<>(List.of("exec", "--pipeline-id", "C-Eval", "--input", "csv=" + signals,
                "--", "bash", C_EVAL.resolve("c_eval.sh").toString(), signals));
        args.addAll(List.of(minHitRate));
        return new ExampleJvm(work).cli(args.toArray(String[]::new));
    }

    private Path onlyRun() throws IOException {
        try (Stream<Path> folders = Files.list(work.resolve("reports/runs"))) {
            List<Path> runs = folders.toList();
            assertThat(runs).hasSize(1);
            return runs.get(0);
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private void assertValid() {
        ExampleJvm.Result validate = new ExampleJvm(work).cli("validate", work.resolve("reports/runs").toString());
        assertThat(validate.exitCode()).as(validate.stdout()).isZero();
    }

    @Test
    void scoresTheSignalsWritesItsArtifactAndAddsItsOwnCheck() throws IOException {
        String signals = C_EVAL.resolve("signals_2026-01-14.csv").toString();
        ExampleJvm.Result result = exec(signals);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("C-Eval: 8 of 12 signals right (hit rate 0.6667, minimum 0.50)");

        Path run = onlyRun();
        JsonNode runJson = read(run.resolve("run.json"));
        assertThat(runJson.get("status").asText()).isEqualTo("success");
        assertThat(runJson.get("inputs")).extracting(i -> i.get("type").asText()).containsExactly("command", "csv");
        JsonNode checks = read(run.resolve("checks.json")).get("checks");
        assertThat(checks).extracting(c -> c.get("id").asText() + "=" + c.get("status").asText())
                .contains("command_exit_code=pass", "eval_hit_rate=pass");
        JsonNode eval = read(run.resolve("artifacts/eval.json"));
        assertThat(eval.get("hits").asInt()).isEqualTo(8);
        assertThat(eval.get("signals").asInt()).isEqualTo(12);
        assertValid();
    }

    @Test
    void aHitRateBelowTheMinimumFailsTheRunThoughTheScriptSucceeded() throws IOException {
        ExampleJvm.Result result = exec(C_EVAL.resolve("signals_2026-01-14.csv").toString(), "0.90");
        assertThat(result.exitCode()).isZero();
        Path run = onlyRun();
        assertThat(read(run.resolve("run.json")).get("status").asText()).isEqualTo("failed");
        assertValid();
    }

    @Test
    void aBrokenFixtureRowFailsTheCommandAndTheRun() throws IOException {
        Path broken = work.resolve("broken.csv");
        Files.writeString(broken, "date,block_start,signal,outcome\n2026-01-14,2026-01-14T00:00:00Z,up,sideways\n");
        ExampleJvm.Result result = exec(broken.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderr()).contains("broken.csv:2: bad row");

        Path run = onlyRun();
        assertThat(read(run.resolve("run.json")).get("status").asText()).isEqualTo("failed");
        JsonNode exitCheck = read(run.resolve("checks.json")).get("checks").get(0);
        assertThat(exitCheck.get("id").asText()).isEqualTo("command_exit_code");
        assertThat(exitCheck.get("name").asText()).isEqualTo("Command exited with code 3");
        assertThat(Files.readString(run.resolve("run.log"))).contains("broken.csv:2: bad row");
        assertValid();
    }
}
