package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fixture.Recordables;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import ovc.run.processor.OvcRunProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: what ovc-run-processor accepts, the agent records. One source, fixture/Recordables.java,
 * compiled with the processor (no diagnostic) and run under the agent (every value in run.json,
 * java.time as ISO-8601, an empty Optional as nothing).
 */
class RecordableTypesIT {

    @TempDir
    Path work;

    @Test
    void aPipelineTheProcessorAcceptsRecordsEveryDeclaredValueUnderTheAgent() throws Exception {
        Path source = Path.of("src/test/java/fixture/Recordables.java");
        assertThat(source).exists();
        Path classes = Files.createDirectories(work.resolve("classes"));
        String api = AgentProcess.location(ovc.run.Pipeline.class);
        String processorPath = AgentProcess.location(OvcRunProcessor.class) + File.pathSeparator + api;
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int javac = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, "-Xlint:all",
                "-processorpath", processorPath, "-processor", OvcRunProcessor.class.getName(),
                "-cp", api, "-d", classes.toString(), source.toString());
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).as("javac with ovc-run-processor").isEmpty();
        assertThat(javac).isZero();

        AgentProcess.Result result = AgentProcess.of(work, Recordables.class).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).doesNotContain("cannot name");

        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Recordables");
        assertThat(run.runJson().path("status").asText()).isEqualTo("success");
        assertThat(entries(run.runJson().path("inputs"))).containsExactly(
                "batch 123e4567-e89b-12d3-a456-426614174000",
                "dry_run true",
                "code x",
                "day 2026-01-18",
                "at 2026-01-18T06:15:00.250Z",
                "since 2026-01-17T22:00",
                "month 2026-01",
                "until 2026-01-19",   // Optional.of: its value; Optional.empty(): nothing
                "partitions 2026-01-20");
    }

    private static List<String> entries(JsonNode array) {
        List<String> entries = new ArrayList<>();
        array.forEach(entry -> entries.add(entry.path("type").asText() + " " + entry.path("ref").asText()));
        return entries;
    }
}
