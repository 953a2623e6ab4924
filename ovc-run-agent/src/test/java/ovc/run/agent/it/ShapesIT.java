package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fixture.Shapes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Woven code of every awkward method shape verifies, returns the same values and records what it declares. */
class ShapesIT {

    @TempDir
    Path work;

    @Test
    void awkwardMethodShapesAreWovenCorrectly() {
        AgentProcess.Result result = AgentProcess.of(work, Shapes.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).doesNotContain("VerifyError", "could not instrument", "[ovc-run] agent:");
        // 1e10 * 0.5 + 1 + 'x' (120) + 6
        assertThat(result.stdout()).contains("compute=5.000000127E9", "lambda 2", "written 4", "default job",
                "answer=true");

        RunFolder shapes = FixtureRunFolders.only(work.resolve("reports/runs"), "Shapes");
        assertThat(entries(shapes.runJson().path("inputs")))
                .containsExactly("code x", "part p1", "part p2", "generic x", "batch_size 3");
        JsonNode outputs = shapes.runJson().path("outputs");
        assertThat(entries(outputs)).containsExactly("neon_table ovc.batches", "neon_table ovc.rows");
        assertThat(outputs.get(0).path("rows_written").asLong()).isEqualTo(6);
        assertThat(outputs.get(1).path("rows_written").asLong()).isEqualTo(4);

        RunFolder defaultMethod = FixtureRunFolders.only(work.resolve("reports/runs"), "Default-Method");
        assertThat(entries(defaultMethod.runJson().path("inputs"))).containsExactly("name job");
    }

    private static List<String> entries(JsonNode array) {
        List<String> entries = new ArrayList<>();
        array.forEach(entry -> entries.add(entry.path("type").asText() + " " + entry.path("ref").asText()));
        return entries;
    }
}
