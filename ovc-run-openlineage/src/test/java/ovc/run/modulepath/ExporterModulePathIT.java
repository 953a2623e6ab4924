package ovc.run.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ovc.run.openlineage.LineageBackend;
import org.junit.jupiter.api.Test;

/**
 * The packaged exporter on the module path beside the api: it reads a run folder and sends its
 * events, which needs the api's runtime, artifact, format and json packages exported to
 * {@code ovc.run.openlineage} (the name its jar gives itself).
 */
class ExporterModulePathIT {

    private static final Path GOLDEN = Path.of("..", "contracts", "examples", "20260119T061512Z__P2-Backfill__a1b2c3d")
            .toAbsolutePath().normalize();

    @Test
    void theExporterSendsARunFolderWithTheApiAndItselfAsModules() throws Exception {
        Path exporter = Path.of(System.getProperty("ovc.run.openlineage.jar"));
        assertThat(exporter).isRegularFile();
        List<String> modulePath = new ArrayList<>(List.of(exporter.toString(), classPathEntry("ovc-run-api"),
                classPathEntry("openlineage-java-"), classPathEntry("jackson-annotations-")));
        try (LineageBackend backend = LineageBackend.answering(200)) {
            Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-p", String.join(File.pathSeparator, modulePath),
                    "--add-modules", "ALL-MODULE-PATH",
                    "-cp", Path.of(ExportOnModulePath.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                    ExportOnModulePath.class.getName(), backend.url(), GOLDEN.toString())
                    .redirectErrorStream(true).start();
            assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(probe.exitValue()).as(output).isZero();
            assertThat(output).contains("exporter module: ovc.run.openlineage", "sent 2 of 2 OpenLineage events (1 runs)");
            assertThat(backend.validEvents()).hasSize(2);
        }
    }

    // The entry of this JVM's class path whose path names `artifact` (the api is its reactor
    // module's classes folder, which holds its module-info, or its jar).
    private static String classPathEntry(String artifact) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains(artifact) && !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar")
                        && Files.exists(Path.of(entry)))
                .findFirst().orElseThrow(() -> new AssertionError(artifact + " is not on the class path"));
    }
}
