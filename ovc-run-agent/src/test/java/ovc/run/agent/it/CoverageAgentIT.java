package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.CoveredPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;

/**
 * JaCoCo's agent in the same JVM, as a CI coverage run has it, started before ours or after: the
 * pipeline is recorded whole, the coverage is written, and the woven-class cache serves the class
 * JaCoCo instrumented on the next run.
 */
class CoverageAgentIT {

    private static final Path JARS = Path.of(System.getProperty("ovc.application.jackson", "target/application-jackson"))
            .toAbsolutePath();

    @TempDir
    Path work;
    private Path jacoco;

    @BeforeEach
    void jacocoAgentJar() throws IOException {
        Path carrier;
        try (Stream<Path> jars = Files.list(JARS)) {
            carrier = jars.filter(jar -> jar.getFileName().toString().startsWith("org.jacoco.agent-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no org.jacoco.agent jar in " + JARS));
        }
        jacoco = work.resolve("jacocoagent.jar");
        try (ZipFile zip = new ZipFile(carrier.toFile()); InputStream in = zip.getInputStream(entry(zip))) {
            Files.copy(in, jacoco);
        }
    }

    private static ZipEntry entry(ZipFile zip) {
        ZipEntry entry = zip.getEntry("jacocoagent.jar");
        assertThat(entry).as("jacocoagent.jar in " + zip.getName()).isNotNull();
        return entry;
    }

    @Test
    void jacocoFirstThenOursRecordsTheRunAndTheCoverage() {
        assertRunAndCoverageWithJacoco(true);
    }

    @Test
    void oursFirstThenJacocoRecordsTheRunAndTheCoverage() {
        assertRunAndCoverageWithJacoco(false);
    }

    @Test
    void theCacheServesTheClassJacocoInstrumented() {
        String options = "debug=true,cache=" + work.resolve("cache");
        String coverage = "-javaagent:" + jacoco + "=destfile=" + work.resolve("cached.exec");
        AgentProcess.Result first = AgentProcess.of(work, CoveredPipeline.class).agentOptions(options)
                .jvmOptionBeforeAgent(coverage).run();
        AgentProcess.Result repeat = AgentProcess.of(work, CoveredPipeline.class).agentOptions(options)
                .jvmOptionBeforeAgent(coverage).run();

        assertThat(first.stderr()).contains("woven fixture.CoveredPipeline with Byte Buddy");
        assertThat(repeat.stderr()).contains("woven fixture.CoveredPipeline from cache");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).hasSize(2)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo("success"));
    }

    /** The pipeline under both agents, JaCoCo's started before ours when {@code jacocoFirst}. */
    private void assertRunAndCoverageWithJacoco(boolean jacocoFirst) {
        Path exec = work.resolve("coverage.exec");
        String coverage = "-javaagent:" + jacoco + "=destfile=" + exec;
        AgentProcess process = AgentProcess.of(work, CoveredPipeline.class);
        AgentProcess.Result result = (jacocoFirst ? process.jvmOptionBeforeAgent(coverage) : process.jvmOption(coverage)).run();

        assertRecordedWhole(result);
        assertThat(exec).isNotEmptyFile();
    }

    private void assertRecordedWhole(AgentProcess.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("fetched EUR_USD and GBP_USD");
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Covered");
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.runJson().path("inputs").toString()).contains("EUR_USD", "GBP_USD");
        assertThat(run.checksJson().path("checks").toString()).contains("\"both\"", "\"pass\"");
    }
}
