package ovc.run.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK's own javac, with the processor found the two ways a build finds it: on the processor
 * path (Maven's {@code <annotationProcessorPaths>}) and on the class path.
 */
class RealJavacTest {

    private static final String BROKEN = """
            package demo;

            import ovc.run.Pipeline;

            public class Broken {
                @Pipeline(id = "P2_Backfill", version = "0.1.0")
                public static void main(String[] args) {}
            }
            """;

    private static final String VALID = BROKEN.replace("P2_Backfill", "P2-Backfill").replace("Broken", "Valid");

    private static final String PIPELINE_ID_MESSAGE = "[ovc-run:pipeline-id] Pipeline id \"P2_Backfill\" must be"
            + " letters, digits and '-' only ([A-Za-z0-9-]+), because it becomes part of the run_id;"
            + " did you mean \"P2-Backfill\"?";

    @TempDir
    Path dir;

    @Test
    void mvnCompileShowsTheMessageWithFileLineAndColumnOfTheValue() throws Exception {
        Path source = write("demo/Broken.java", BROKEN);
        // maven-compiler-plugin 3.16.0 prints each javax.tools diagnostic as "<path>:[line,column] <message>".
        assertEquals(List.of("[ERROR] " + source + ":[6,20] " + PIPELINE_ID_MESSAGE),
                compileAsMavenDoes(source, "-processorpath", processorPath()));
    }

    @Test
    void javacOnTheCommandLineShowsTheMessageAndACaretUnderTheValue() throws Exception {
        Path source = write("demo/Broken.java", BROKEN);
        String printed = javac("-processorpath", processorPath(), source.toString());
        assertEquals(source + ":6: error: " + PIPELINE_ID_MESSAGE + "\n"
                + "    @Pipeline(id = \"P2_Backfill\", version = \"0.1.0\")\n"
                + "                   ^\n"
                + "1 error\n", printed);
        assertFalse(Files.exists(dir.resolve("out").resolve(Names.CATALOG)), "a failed compilation writes no catalog");
    }

    @Test
    void aCleanCompilationIsSilentEvenUnderXlintAllAndWritesTheCatalog() throws Exception {
        Path source = write("demo/Valid.java", VALID);
        assertEquals("", javac("-Xlint:all", "-processorpath", processorPath(), source.toString()));
        String catalog = Files.readString(dir.resolve("out").resolve(Names.CATALOG), StandardCharsets.US_ASCII);
        assertTrue(catalog.startsWith("{\n  \"format\": \"ovc-run-catalog/0.1\",\n  \"pipelines\": [\n"), catalog);
        assertTrue(catalog.contains("\"class\": \"demo.Valid\""), catalog);
    }

    @Test
    void aCatalogThatCannotBeWrittenIsOneErrorSayingHowToBuildWithoutIt() throws Exception {
        Path source = write("demo/Valid.java", VALID);
        Path blocker = dir.resolve("out").resolve("META-INF").resolve("ovc-run");
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "a file where the catalog's folder should be");
        String printed = javac("-processorpath", processorPath(), source.toString());
        assertTrue(printed.startsWith("error: [ovc-run:catalog] Could not write META-INF/ovc-run/pipelines.json ("),
                printed);
        assertTrue(printed.endsWith("); pass -Aovc.run.catalog=false to build without the catalog\n1 error\n"), printed);
        assertEquals("", javac("-Aovc.run.catalog=false", "-processorpath", processorPath(), source.toString()));
    }

    @Test
    void processorOnTheClassPathFindsEveryCatalogThere() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        CatalogTest.writeCatalog(first, "lib.One", "run()", "One");
        Path catalog = CatalogTest.writeCatalog(second, "lib.Backfill", "main(java.lang.String[])", "P2-Backfill");
        Path source = write("demo/Valid.java", VALID);
        List<String> args = new ArrayList<>(List.of("-classpath", String.join(File.pathSeparator,
                location(OvcRunProcessor.class), location(ovc.run.Pipeline.class), first.toString(), second.toString())));
        if (Runtime.version().feature() >= 21) {
            args.add("-proc:full"); // needed from JDK 23 on; accepted since JDK 21
        }
        args.add(source.toString());
        // A javac process of its own: in this JVM the test class path would load the processor first.
        String printed = javacProcess(args);
        assertTrue(printed.startsWith(source + ":6: error: [ovc-run:pipeline-duplicate] Pipeline id \"P2-Backfill\" is"
                + " already declared by lib.Backfill.main(java.lang.String[]) in the catalog " + catalog.toUri()
                + " on the class path;"), printed);
    }

    @Test
    void fromJdk23OnAProcessorOnTheClassPathRunsOnlyWithProcFull() throws Exception {
        assumeTrue(Runtime.version().feature() >= 23, "javac before 23 runs class-path processors by default");
        Path source = write("demo/Broken.java", BROKEN);
        String classPath = String.join(File.pathSeparator, location(OvcRunProcessor.class),
                location(ovc.run.Pipeline.class));
        assertFalse(javac("-classpath", classPath, source.toString()).contains("[ovc-run:"));
        assertTrue(javac("-classpath", classPath, "-proc:full", source.toString()).contains(PIPELINE_ID_MESSAGE));
    }

    @Test
    void anIncrementalCompilationMergesTheEarlierCatalogInsteadOfOverwritingIt() throws Exception {
        Path valid = write("demo/Valid.java", VALID);
        Path other = write("demo/Other.java", VALID.replace("P2-Backfill", "B1-Derived").replace("Valid", "Other"));
        Path out = dir.resolve("out");
        String classPath = apiPath() + File.pathSeparator + out;
        assertEquals("", javac("-processorpath", processorPath(), valid.toString()));

        // Only Other.java is recompiled, as an incremental build does: Valid's pipeline stays listed.
        assertEquals("", javac("-classpath", classPath, "-processorpath", processorPath(), other.toString()));
        String merged = Files.readString(out.resolve(Names.CATALOG), StandardCharsets.US_ASCII);
        assertTrue(merged.contains("\"id\": \"B1-Derived\"") && merged.contains("\"id\": \"P2-Backfill\""), merged);
        assertTrue(merged.indexOf("B1-Derived") < merged.indexOf("P2-Backfill"), "sorted by id: " + merged);

        // Valid recompiled without its pipeline (an input declaration left, so the processor runs:
        // javac asks a processor only when one of its annotations is present): its entry goes.
        Files.writeString(valid, VALID.replace("@Pipeline(id = \"P2-Backfill\", version = \"0.1.0\")",
                "static void read(@ovc.run.RunInput(type = \"csv\") String file) {}"));
        assertEquals("", javac("-classpath", classPath, "-processorpath", processorPath(), valid.toString()));
        String afterRemoval = Files.readString(out.resolve(Names.CATALOG), StandardCharsets.US_ASCII);
        assertFalse(afterRemoval.contains("P2-Backfill"), afterRemoval);
        assertTrue(afterRemoval.contains("B1-Derived"), afterRemoval);

        // Other's class deleted (a source removed): its entry does not outlive it.
        Files.delete(out.resolve("demo/Other.class"));
        assertEquals("", javac("-classpath", classPath, "-processorpath", processorPath(), valid.toString()));
        assertEquals("{\n  \"format\": \"ovc-run-catalog/0.1\",\n  \"pipelines\": []\n}\n",
                Files.readString(out.resolve(Names.CATALOG), StandardCharsets.US_ASCII));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve("src").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** What javac prints on the command line, line separators made {@code \n}. */
    private String javac(String... args) throws IOException, URISyntaxException {
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> all = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-encoding", "UTF-8"));
        if (!List.of(args).contains("-classpath")) {
            all.addAll(List.of("-classpath", apiPath()));
        }
        all.addAll(List.of(args));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream err = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            ToolProvider.getSystemJavaCompiler().run(null, err, err, all.toArray(String[]::new));
        }
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String javacProcess(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", Files.createDirectories(dir.resolve("out")).toString(), "--release", "17", "-encoding", "UTF-8"));
        command.addAll(args);
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        javac.waitFor();
        return printed.replace(System.lineSeparator(), "\n");
    }

    /** Errors and warnings as maven-compiler-plugin logs them. */
    private List<String> compileAsMavenDoes(Path source, String... options) throws IOException, URISyntaxException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> all = new ArrayList<>(List.of("-d", Files.createDirectories(dir.resolve("out")).toString(),
                "-classpath", apiPath(), "--release", "17", "-encoding", "UTF-8", "-g"));
        all.addAll(List.of(options));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            javac.getTask(null, files, diagnostics, all, null, files.getJavaFileObjects(source)).call();
        }
        List<String> logged = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String level = d.getKind() == Diagnostic.Kind.ERROR ? "[ERROR] " : "[WARNING] ";
            logged.add(level + Path.of(d.getSource().toUri()) + ":[" + d.getLineNumber() + "," + d.getColumnNumber()
                    + "] " + d.getMessage(Locale.ROOT));
        }
        return logged;
    }

    private static String processorPath() throws URISyntaxException {
        return location(OvcRunProcessor.class) + File.pathSeparator + apiPath();
    }

    private static String apiPath() throws URISyntaxException {
        return location(ovc.run.Pipeline.class);
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
