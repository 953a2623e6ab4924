package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.Plain;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 case 10: the application's own ovc-run-api on the class path wins over the agent's copy.
 * The same version records as usual; another version is named in one line at start, with where
 * each copy came from, and the pipeline runs unrecorded: never half a run.
 */
class ApiCopiesIT {

    private static final String VERSION = "ovc/run/ovc-run-api.version";

    @TempDir
    Path work;

    /** The api of this build as a jar (the build's own jar, or one made from its classes folder). */
    private Path apiJar(String version) throws IOException {
        Path built = Path.of(AgentProcess.location(ovc.run.Pipeline.class));
        Path jar = work.resolve("app-lib").resolve("ovc-run-api-" + version + ".jar");
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            if (Files.isDirectory(built)) {
                try (Stream<Path> files = Files.walk(built)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = built.relativize(file).toString().replace('\\', '/');
                        try (InputStream in = Files.newInputStream(file)) {
                            copy(out, name, in, version);
                        }
                    }
                }
            } else {
                try (ZipFile zip = new ZipFile(built.toFile())) {
                    for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            copy(out, entry.getName(), in, version);
                        }
                    }
                }
            }
        }
        return jar;
    }

    private static void copy(ZipOutputStream out, String name, InputStream in, String version) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        if (name.equals(VERSION)) {
            out.write((version + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
            in.transferTo(out);
        }
        out.closeEntry();
    }

    private static String buildVersion() throws IOException {
        try (InputStream in = ovc.run.Pipeline.class.getClassLoader().getResourceAsStream(VERSION)) {
            assertThat(in).as(VERSION + " in the api of this build").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    private AgentProcess withApi(Path jar) {
        return AgentProcess.of(work, Plain.class).apiFromAgentJarOnly().classPath(jar)
                .classPathOf(com.fasterxml.jackson.core.JsonFactory.class);
    }

    @Test
    void theApplicationsCopyOfTheSameVersionRecordsAsUsual() throws IOException {
        String version = buildVersion();
        AgentProcess.Result result = withApi(apiJar(version)).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).isEmpty();
        FixtureRunFolders.RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Plain");
        assertThat(result.stdoutLines()).containsExactly("RUN_ID=" + run.runId(), "hello");
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.checksJson().path("run_id").asText()).isEqualTo(run.runId());
    }

    @Test
    void anotherVersionIsNamedInOneLineAndThePipelineRunsUnrecorded() throws IOException {
        Path older = apiJar("0.0.9");
        AgentProcess.Result result = withApi(older).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdoutLines()).containsExactly("hello");
        assertThat(result.stderr().lines().toList()).containsExactly("[ovc-run] agent: two versions of ovc-run-api:"
                + " pipeline code uses ovc-run-api 0.0.9 from " + older + ", the agent is ovc-run-api " + buildVersion()
                + " from " + AgentProcess.AGENT_JAR + "; no run is recorded in this JVM, the application runs as"
                + " without the agent. Put the agent's version on the class path, or none (the agent brings its own).");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).isEmpty();
        assertThat(work.resolve("reports")).doesNotExist();
    }

    @Test
    void aCopyWithoutAVersionIsAnotherVersion() throws IOException {
        Path jar = apiJar(buildVersion());
        Path unversioned = work.resolve("app-lib/ovc-run-api-unversioned.jar");
        try (ZipFile zip = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(unversioned);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : zip.stream().filter(e -> !e.getName().equals(VERSION)).toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        AgentProcess.Result result = withApi(unversioned).run();

        assertThat(result.stdoutLines()).containsExactly("hello");
        assertThat(result.stderr().lines().toList()).singleElement().asString()
                .contains("pipeline code uses an unknown version (no ovc/run/ovc-run-api.version) from " + unversioned);
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).isEmpty();
    }
}
