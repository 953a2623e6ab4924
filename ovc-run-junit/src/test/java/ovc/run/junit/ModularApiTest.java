package ovc.run.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With ovc-run-api a named module, as in a modular project's tests: the extension reads run folders
 * from the module path (the api exports its reader to {@code ovc.run.junit}), says plainly what to
 * do from the class path, where the reader is out of reach, and reads with the export given there.
 */
class ModularApiTest {

    @TempDir
    Path work;

    @Test
    void onTheClassPathBesideANamedApiItSaysWhatToDo() throws Exception {
        String output = run(List.of("-p", api(), "--add-modules", "ovc.run.api", "-cp", classPath(),
                ReaderProbe.class.getName(), work.resolve("runs").toString()));

        assertThat(output).contains("unreadable: ovc-run-api is the named module ovc.run.api here",
                "--add-exports ovc.run.api/ovc.run.json=ALL-UNNAMED", "-javaagent:ovc-run-agent.jar")
                .doesNotContain("IllegalAccessError");
    }

    @Test
    void onTheClassPathWithTheExportGivenItReads() throws Exception {
        String output = run(List.of("-p", api(), "--add-modules", "ovc.run.api",
                "--add-exports", "ovc.run.api/ovc.run.json=ALL-UNNAMED", "-cp", classPath(),
                ReaderProbe.class.getName(), work.resolve("runs").toString()));

        assertThat(output).contains("read: success");
    }

    @Test
    void asTheModuleOvcRunJunitItReads() throws Exception {
        Path jar = junitJar();
        String output = run(List.of("-p", String.join(File.pathSeparator, api(), jar.toString(), entry("opentest4j")),
                "--add-modules", "ALL-MODULE-PATH", "-m", "ovc.run.junit/" + ReaderProbe.class.getName(), work.resolve("runs").toString()));

        assertThat(output).contains("read: success");
    }

    @Test
    void onAPlainClassPathItReads() throws Exception {
        String output = run(List.of("-cp", classPath() + File.pathSeparator + api(), ReaderProbe.class.getName(),
                work.resolve("runs").toString()));

        assertThat(output).contains("read: success");
    }

    private String run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** This module's classes and the probe, as a jar named as the packaged one is: {@code ovc.run.junit}. */
    private Path junitJar() throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), "ovc.run.junit");
        Path jar = work.resolve("ovc-run-junit.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Path classes : List.of(location(RecordedRun.class), location(ReaderProbe.class))) {
                add(out, classes);
            }
        }
        return jar;
    }

    private static void add(JarOutputStream out, Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out); // leaves the jar stream open
                out.closeEntry();
            }
        }
    }

    private static String classPath() throws URISyntaxException {
        return String.join(File.pathSeparator, location(RecordedRun.class).toString(),
                location(ReaderProbe.class).toString(), entry("opentest4j"));
    }

    /** The api's jar or classes folder, with its module-info. */
    private static String api() throws URISyntaxException {
        return location(ovc.run.RunStatus.class).toString();
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String entry(String artifact) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(path -> path.contains(artifact)).findFirst()
                .orElseThrow(() -> new AssertionError(artifact + " is not on the test class path"));
    }
}
