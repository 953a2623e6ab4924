package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code ovc-run catalog}: from the processor's catalog file, or by scanning classes. */
class CatalogCommandTest {

    private static final String CATALOG = """
            {
              "format": "ovc-run-catalog/0.1",
              "pipelines": [
                {
                  "class": "demo.Backfill",
                  "id": "P2-Backfill",
                  "inputs": [],
                  "method": "main(java.lang.String[])",
                  "outputs": [],
                  "required_env": ["NEON_DSN|DATABASE_URL", "OANDA_API_TOKEN"],
                  "version": "0.1.0"
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheCatalogOfAJar() throws IOException {
        Path jar = jar(dir.resolve("pipelines.jar"), "META-INF/ovc-run/pipelines.json", CATALOG);

        Cli.Result result = new Cli(dir).run("catalog", jar.toString());

        assertThat(result.code()).isZero();
        assertThat(result.out().lines().toList().get(1)).contains("P2-Backfill").contains("0.1.0")
                .contains("NEON_DSN|DATABASE_URL,OANDA_API_TOKEN").contains("demo.Backfill#main(java.lang.String[])")
                .contains("catalog");
    }

    @Test
    void scansClassesWhereThereIsNoCatalog() throws IOException {
        Path classes = compile("""
                package demo;
                public class Jobs {
                    @ovc.run.Pipeline(id = "Scan-Me", version = "1.2.3", requiredEnv = {"A_TOKEN", "B|C"})
                    public static void main(String[] args) {}
                    @ovc.run.Pipeline(id = "Other", version = "0.1.0")
                    void run(java.util.List<String> rows, int[] sizes) {}
                }
                """);

        Cli.Result result = new Cli(dir).run("catalog", "--json", "--classpath", classes.toString());

        assertThat(result.code()).isZero();
        JsonNode pipelines = new ObjectMapper().readTree(result.out()).get("pipelines");
        assertThat(pipelines.findValuesAsString("id")).containsExactly("Other", "Scan-Me");
        JsonNode scanned = pipelines.get(1);
        assertThat(scanned.get("required_env").toString()).isEqualTo("[\"A_TOKEN\",\"B|C\"]");
        assertThat(scanned.get("method").asString()).isEqualTo("main(java.lang.String[])");
        assertThat(scanned.get("source").asString()).isEqualTo("scan");
        assertThat(pipelines.get(0).get("method").asString()).isEqualTo("run(java.util.List,int[])");
        assertThat(pipelines.get(0).get("required_env").toString()).isEqualTo("[]");
    }

    @Test
    void badElementsAreProblemsAndNoArgumentsIsAUsageError() throws IOException {
        Path broken = jar(dir.resolve("broken.jar"), "META-INF/ovc-run/pipelines.json", "{\"pipelines\": [");
        Cli cli = new Cli(dir);

        Cli.Result result = cli.run("catalog", broken.toString(), dir.resolve("missing.jar").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("broken.jar!/META-INF/ovc-run/pipelines.json: not valid JSON")
                .contains("missing.jar: no such file or folder");
        assertThat(cli.run("catalog").code()).isEqualTo(2);
    }

    @Test
    void statusListsCatalogPipelinesThatNeverRan() throws IOException {
        Path jar = jar(dir.resolve("pipelines.jar"), "META-INF/ovc-run/pipelines.json", CATALOG);

        Cli.Result result = new Cli(dir).run("status", "--classpath", jar.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("P2-Backfill").contains("stale");
    }

    private static Path jar(Path file, String entry, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry(entry));
            jar.write(text.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }

    private Path compile(String source) throws IOException {
        Path src = dir.resolve("src/demo/Jobs.java");
        Cli.write(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, List.of("-proc:none", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), src.toString()).toArray(String[]::new));
        assertThat(code).isZero();
        return classes;
    }
}
