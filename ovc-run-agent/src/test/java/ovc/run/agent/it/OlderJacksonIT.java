package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import fixture.PipelineBesideJackson;
import fixture.WriterBesideJackson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, case 4: an application whose class path has its own jackson-core ahead of ours, from
 * 2.9 to the newest 2.x (2.12 and 2.13 are what Spark 3 and Hadoop bring), or none at all, still
 * gets every run recorded whole, by {@code RunWriter} and under the packaged agent alike. The jars
 * are the real ones from Maven Central, copied into target/application-jackson by the build.
 */
class OlderJacksonIT {

    private static final Path APPLICATION_JACKSON =
            Path.of(System.getProperty("ovc.application.jackson", "target/application-jackson")).toAbsolutePath();

    @TempDir
    Path work;

    /** The oldest 2.x line a run must bear, Spark 3's and Hadoop's, the newest, and none (as the pom copies them). */
    static List<String> jacksons() {
        return List.of("2.9.10", "2.12.7", "2.13.5", "2.23.0", "none");
    }

    @ParameterizedTest(name = "jackson-core {0}")
    @MethodSource("jacksons")
    void runWriterLeavesACompleteFolderWhateverJacksonTheApplicationHas(String jackson) throws IOException {
        AgentProcess process = withJackson(AgentProcess.of(work, WriterBesideJackson.class).withoutAgent(), jackson);

        RunFolder run = recordedRun(process.run(), jackson, "Writer-Jackson");

        assertCompleteRun(run);
    }

    @ParameterizedTest(name = "jackson-core {0}")
    @MethodSource("jacksons")
    void agentRunLeavesACompleteFolderWhateverJacksonTheApplicationHas(String jackson) throws IOException {
        // The application's class path is its classes, the api it compiled against, and its jackson-core.
        AgentProcess process = withJackson(AgentProcess.of(work, PipelineBesideJackson.class), jackson);

        RunFolder run = recordedRun(process.run(), jackson, "Agent-Jackson");

        assertCompleteRun(run);
    }

    /** The application's jar first, then (as an application that pins an old one still resolves ours later) the current one. */
    private static AgentProcess withJackson(AgentProcess process, String jackson) {
        if (jackson.equals("none")) {
            return process;
        }
        Path jar = APPLICATION_JACKSON.resolve("jackson-core-" + jackson + ".jar");
        assertThat(jar).as("copied by maven-dependency-plugin at pre-integration-test").isRegularFile();
        return process.classPath(jar).classPathOf(JsonFactory.class);
    }

    private RunFolder recordedRun(AgentProcess.Result result, String jackson, String pipelineId) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdoutLines()).as(result.toString())
                .contains("jackson-core: " + (jackson.equals("none") ? "none" : "jackson-core-" + jackson + ".jar"));
        assertThat(result.stderr()).as(result.toString()).doesNotContain("could not", "NoClassDefFoundError", "Exception");
        return FixtureRunFolders.only(work.resolve("reports/runs"), pipelineId);
    }

    private static void assertCompleteRun(RunFolder run) throws IOException {
        try (Stream<Path> files = Files.list(run.directory())) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
                    .containsExactly("checks.json", "run.json", "run.log");
        }
        JsonNode runJson = run.runJson();
        assertThat(runJson.path("run_id").asText()).isEqualTo(run.runId());
        assertThat(runJson.path("status").asText()).isEqualTo("success");
        assertThat(runJson.path("inputs").toString()).isEqualTo("[{\"ref\":\"data/rates.csv\",\"type\":\"csv\"}]");
        assertThat(runJson.path("outputs").toString()).isEqualTo("[{\"extra\":{\"currency\":\"\u20ac\"},"
                + "\"ref\":\"public.rates\",\"rows_updated\":0,\"rows_written\":3,\"type\":\"neon_table\"}]");
        String runText = Files.readString(run.directory().resolve("run.json"));
        assertThat(runText).startsWith("{\n  \"duration_ms\": ").endsWith("\n}\n").contains("\"currency\": \"\\u20ac\"");

        JsonNode checksJson = run.checksJson();
        assertThat(checksJson.path("run_id").asText()).isEqualTo(run.runId());
        assertThat(checksJson.path("checks").toString()).isEqualTo("[{\"evidence\":[\"run.json:$.outputs[0].rows_written\"],"
                + "\"id\":\"rows_written\",\"name\":\"Rows written\",\"status\":\"pass\"}]");
        assertThat(checksJson.path("summary").toString()).isEqualTo("{\"fail\":0,\"pass\":1,\"skip\":0}");

        List<String> log = run.logLines();
        assertThat(log.get(0)).isEqualTo("RUN_ID=" + run.runId());
        assertThat(run.logMessages()).contains("wrote 3 rows");
    }
}
