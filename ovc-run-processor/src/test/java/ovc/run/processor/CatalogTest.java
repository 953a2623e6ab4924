package ovc.run.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static ovc.run.processor.Compiles.assertSingleError;
import static ovc.run.processor.Compiles.compile;
import static ovc.run.processor.Compiles.pipelineClass;
import static ovc.run.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.json.CanonicalJson;

class CatalogTest {

    private static final JavaFileObject BACKFILL = pipelineClass("""
            @Pipeline(id = "P2-Backfill", version = "0.1.0", requiredEnv = {"OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL"})
            public static void main(String[] args) {}

            long backfill(@RunInput(type = "oanda") String instrument,
                          @RunInput(type = "oanda_range", range = "2026-01") String range) { return 0; }

            @RunOutput(type = "neon_table", ref = "ovc.ovc_blocks_v01_2h")
            long writeBlocks(List<String> blocks) { return 0; }

            static class Derived {
                @Pipeline(id = "B1-DerivedC1", version = "1.0.0")
                void run(@RunInput(type = "neon_table", ref = "ovc.ovc_blocks_v01_2h") Object table) {}

                @RunOutput(type = "file")
                Path export() { return null; }
            }
            """);

    private static final JavaFileObject VALIDATE = source("demo.validate.Day", """
            package demo.validate;
            public class Day {
                @ovc.run.Pipeline(id = "D-ValidationHarness", version = "0.1.0", requiredEnv = "NEON_DSN|DATABASE_URL")
                public void validate(@ovc.run.RunInput(type = "neon_table", ref = "caf\u00e9.days") String day) {}
            }
            """);

    private static final String EXPECTED = """
            {
              "format": "ovc-run-catalog/0.1",
              "pipelines": [
                {
                  "class": "demo.Backfill$Derived",
                  "id": "B1-DerivedC1",
                  "inputs": [
                    {
                      "class": "demo.Backfill$Derived",
                      "method": "run(java.lang.Object)",
                      "parameter": 0,
                      "ref": "ovc.ovc_blocks_v01_2h",
                      "type": "neon_table"
                    },
                    {
                      "class": "demo.Backfill",
                      "method": "backfill(java.lang.String,java.lang.String)",
                      "parameter": 0,
                      "type": "oanda"
                    },
                    {
                      "class": "demo.Backfill",
                      "method": "backfill(java.lang.String,java.lang.String)",
                      "parameter": 1,
                      "range": "2026-01",
                      "type": "oanda_range"
                    }
                  ],
                  "method": "run(java.lang.Object)",
                  "outputs": [
                    {
                      "class": "demo.Backfill$Derived",
                      "method": "export()",
                      "type": "file"
                    },
                    {
                      "class": "demo.Backfill",
                      "method": "writeBlocks(java.util.List)",
                      "ref": "ovc.ovc_blocks_v01_2h",
                      "type": "neon_table"
                    }
                  ],
                  "required_env": [],
                  "version": "1.0.0"
                },
                {
                  "class": "demo.validate.Day",
                  "id": "D-ValidationHarness",
                  "inputs": [
                    {
                      "class": "demo.validate.Day",
                      "method": "validate(java.lang.String)",
                      "parameter": 0,
                      "ref": "caf\\u00e9.days",
                      "type": "neon_table"
                    }
                  ],
                  "method": "validate(java.lang.String)",
                  "outputs": [],
                  "required_env": [
                    "NEON_DSN|DATABASE_URL"
                  ],
                  "version": "0.1.0"
                },
                {
                  "class": "demo.Backfill",
                  "id": "P2-Backfill",
                  "inputs": [
                    {
                      "class": "demo.Backfill$Derived",
                      "method": "run(java.lang.Object)",
                      "parameter": 0,
                      "ref": "ovc.ovc_blocks_v01_2h",
                      "type": "neon_table"
                    },
                    {
                      "class": "demo.Backfill",
                      "method": "backfill(java.lang.String,java.lang.String)",
                      "parameter": 0,
                      "type": "oanda"
                    },
                    {
                      "class": "demo.Backfill",
                      "method": "backfill(java.lang.String,java.lang.String)",
                      "parameter": 1,
                      "range": "2026-01",
                      "type": "oanda_range"
                    }
                  ],
                  "method": "main(java.lang.String[])",
                  "outputs": [
                    {
                      "class": "demo.Backfill$Derived",
                      "method": "export()",
                      "type": "file"
                    },
                    {
                      "class": "demo.Backfill",
                      "method": "writeBlocks(java.util.List)",
                      "ref": "ovc.ovc_blocks_v01_2h",
                      "type": "neon_table"
                    }
                  ],
                  "required_env": [
                    "OANDA_API_TOKEN",
                    "NEON_DSN|DATABASE_URL"
                  ],
                  "version": "0.1.0"
                }
              ]
            }
            """;

    @Test
    void catalogListsEveryPipelineSortedWithItsDeclaredInputsAndOutputs() {
        Compilation compilation = compile(BACKFILL, VALIDATE);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, Names.CATALOG)
                .contentsAsUtf8String().isEqualTo(EXPECTED);
    }

    @Test
    void catalogBytesDoNotDependOnTheOrderOfSources() {
        Compilation forward = compile(BACKFILL, VALIDATE);
        Compilation backward = compile(VALIDATE, BACKFILL);
        assertThat(backward).generatedFile(StandardLocation.CLASS_OUTPUT, Names.CATALOG)
                .contentsAsUtf8String().isEqualTo(catalogOf(forward));
    }

    @Test
    void noPipelinesStillWritesTheCatalogEmpty() {
        // Written anyway: a compilation that no longer declares a pipeline must not leave an earlier
        // build's catalog standing in the class output.
        Compilation compilation = compile(pipelineClass("void read(@RunInput(type = \"csv\") String file) {}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, Names.CATALOG)
                .contentsAsUtf8String().isEqualTo("{\n  \"format\": \"ovc-run-catalog/0.1\",\n  \"pipelines\": []\n}\n");
    }

    @Test
    void catalogOptionFalseSkipsTheCatalog() {
        Compilation compilation = compile(List.of("-Aovc.run.catalog=false"), BACKFILL);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, Names.CATALOG)).isEmpty();
    }

    @Test
    void idAlreadyInACatalogOnTheClassPathIsADuplicateNamingIt(@TempDir Path dir) throws Exception {
        Path catalog = writeCatalog(dir, "other.Backfill", "main(java.lang.String[])", "P2-Backfill");
        Compilation compilation = Compiler.javac().withProcessors(new OvcRunProcessor())
                .withClasspath(List.of(apiClasses(), dir.toFile())).compile(BACKFILL);
        assertSingleError(compilation, "[ovc-run:pipeline-duplicate] Pipeline id \"P2-Backfill\" is already declared by"
                + " other.Backfill.main(java.lang.String[]) in the catalog " + catalog.toUri() + " on the class path;"
                + " pipeline ids must be unique, because run folders and the catalog are keyed by them",
                BACKFILL, "id = \"P2-Backfill\"");
    }

    @Test
    void anEarlierBuildsCatalogOfTheSameClassesIsNoDuplicate(@TempDir Path dir) throws Exception {
        writeCatalog(dir, "demo.Backfill", "main(java.lang.String[])", "P2-Backfill");
        Compilation compilation = Compiler.javac().withProcessors(new OvcRunProcessor())
                .withClasspath(List.of(apiClasses(), dir.toFile())).compile(BACKFILL);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anUnreadableCatalogOnTheClassPathIsAWarning(@TempDir Path dir) throws Exception {
        Path catalog = dir.resolve(Names.CATALOG);
        Files.createDirectories(catalog.getParent());
        Files.writeString(catalog, "{\"pipelines\": [", StandardCharsets.US_ASCII);
        Compilation compilation = Compiler.javac().withProcessors(new OvcRunProcessor())
                .withClasspath(List.of(apiClasses(), dir.toFile())).compile(BACKFILL);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(String.format(Messages.CATALOG_UNREADABLE, catalog.toUri(),
                "expected a value, found the end of the input at line 1, column 16"));
    }

    static Path writeCatalog(Path dir, String className, String method, String id) throws IOException {
        Path catalog = dir.resolve(Names.CATALOG);
        Files.createDirectories(catalog.getParent());
        Files.writeString(catalog, CanonicalJson.write(java.util.Map.of("format", Catalog.FORMAT, "pipelines", List.of(
                java.util.Map.of("class", className, "method", method, "id", id, "version", "0.1.0")))));
        return catalog;
    }

    static File apiClasses() throws URISyntaxException {
        return new File(ovc.run.Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String catalogOf(Compilation compilation) {
        try {
            return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, Names.CATALOG).orElseThrow()
                    .getCharContent(true).toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
