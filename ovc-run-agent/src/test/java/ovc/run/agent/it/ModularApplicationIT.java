package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import ovc.run.openlineage.LineageBackend;

/**
 * A modular application ({@code requires ovc.run.api}, both on the module path) is recorded under
 * the agent as one on the class path is: the agent, in the unnamed module, reaches the api's
 * internals; the woven module reaches the agent; the embedded exporter reaches the api. Before, the
 * agent did not start ("module ovc.run.api does not export ovc.run.capture to unnamed module") and
 * the pipeline ran unrecorded.
 */
class ModularApplicationIT {

    private static final String MODULE_INFO = """
            module app {
                requires ovc.run.api;
            }
            """;

    private static final String PIPELINE = """
            package app;

            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import ovc.run.CheckStatus;
            import ovc.run.Pipeline;
            import ovc.run.Run;
            import ovc.run.RunInput;
            import ovc.run.RunOutput;

            public final class ModularPipeline {

                @Pipeline(id = "Modular-Demo", version = "0.1.0")
                public static void main(String[] args) throws Exception {
                    String first = fetch("EUR_USD");
                    ExecutorService pool = Executors.newFixedThreadPool(1);
                    String second = pool.submit(() -> fetch("GBP_USD")).get();
                    pool.shutdown();
                    store(first.length() + second.length());
                    Run.check("rows", "rows fetched", CheckStatus.PASS);
                    System.out.println("fetched " + first + " and " + second);
                }

                static String fetch(@RunInput(type = "oanda") String instrument) {
                    return instrument;
                }

                @RunOutput(type = "neon_table", ref = "ovc.blocks")
                static int store(int rows) {
                    return rows;
                }
            }
            """;

    @TempDir
    Path work;
    private Path modules;

    @BeforeEach
    void compileTheApplicationModule() throws IOException {
        Path sources = work.resolve("src/app");
        Files.createDirectories(sources.resolve("app"));
        Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(sources.resolve("app/ModularPipeline.java"), PIPELINE);
        modules = work.resolve("modules/app");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-p", AgentProcess.apiLocation(),
                "-d", modules.toString()));
        arguments.add(sources.resolve("module-info.java").toString());
        arguments.add(sources.resolve("app/ModularPipeline.java").toString());
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac").isZero();
    }

    @Test
    void aModularPipelineIsRecordedWithItsInputsOutputsAndChecks() {
        AgentProcess.Result result = AgentProcess.ofModule(work, "app", "app.ModularPipeline", modules).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("fetched EUR_USD and GBP_USD");
        assertThat(result.stderr()).as("nothing refused or failed").doesNotContain("[ovc-run]");
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Modular-Demo");
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.runJson().path("inputs").toString())
                .as("the pool thread's input is carried into the run").contains("EUR_USD", "GBP_USD");
        assertThat(run.runJson().path("outputs").toString()).contains("ovc.blocks");
        assertThat(run.checksJson().path("checks").toString()).contains("\"rows\"", "\"pass\"");
        assertThat(run.logLines()).anySatisfy(line -> assertThat(line).contains("fetched EUR_USD and GBP_USD"));
    }

    @Test
    void debugSaysWhichModuleEdgesTheAgentAdded() {
        AgentProcess.Result result = AgentProcess.ofModule(work, "app", "app.ModularPipeline", modules)
                .agentOptions("debug=true").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("ovc-run-api is the named module ovc.run.api: its",
                "internal packages exported to the agent's unnamed module",
                "module app made to read the agent, for app.ModularPipeline");
    }

    @Test
    void theEmbeddedExporterSendsAModularPipelinesEvents() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            AgentProcess.Result result = AgentProcess.ofModule(work, "app", "app.ModularPipeline", modules)
                    .env("OVC_RUN_OPENLINEAGE_URL", backend.url()).run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.stderr()).doesNotContain("exporter could not start", "IllegalAccessError");
            assertThat(backend.validEvents()).as(result.toString()).hasSize(2)
                    .allSatisfy(event -> assertThat(event.getJob().getName()).isEqualTo("Modular-Demo"));
        }
    }
}
