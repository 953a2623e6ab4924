package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fixture.CoveredPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;

/**
 * A JVM started from an AOT cache (Java 25's {@code -XX:AOTCacheOutput} / {@code -XX:AOTCache},
 * JEP 483 and 514), the way to take most of a run's start-up cost away: trained by one run under
 * the agent, the next runs under the agent are recorded whole — the pipeline class woven although
 * the JVM maps its neighbours from the cache, inputs carried to a pool thread by the executors the
 * agent instruments, the check — and ovc-run's own classes come from the cache instead of the jar.
 * {@code -XX:AOTMode=on} makes a cache the JVM cannot use an error, not a silent fallback.
 */
class AotCacheIT {

    @TempDir
    Path work;
    private Path cache;
    private Path application;

    @BeforeEach
    void javaWithAotCacheAndAnApplicationJar() throws IOException {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches (-XX:AOTCacheOutput) need Java 25+");
        cache = work.resolve("pipeline.aot");
        // The JVM caches classes from jars only and refuses a class path with a non-empty folder.
        assertThat(Path.of(AgentProcess.apiLocation())).as("the api on the class path").isRegularFile();
        application = work.resolve("pipeline.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(application))) {
            String entry = CoveredPipeline.class.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(entry));
            try (InputStream in = CoveredPipeline.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(jar);
            }
            jar.closeEntry();
        }
    }

    private AgentProcess pipeline() {
        return AgentProcess.of(work, CoveredPipeline.class).applicationJar(application);
    }

    @Test
    void aRunFromAnAotCacheTrainedUnderTheAgentIsRecordedWhole() throws IOException {
        AgentProcess.Result training = pipeline()
                .jvmOption("-XX:AOTCacheOutput=" + cache).run();
        assertThat(training.exitCode()).as(training.toString()).isZero();
        assertThat(cache).as("the AOT cache the training run wrote").isNotEmptyFile();

        Path classes = work.resolve("classes.log");
        AgentProcess.Result result = pipeline()
                .jvmOption("-XX:AOTMode=on").jvmOption("-XX:AOTCache=" + cache)
                .jvmOption("-Xlog:class+load=info:file=" + classes).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).as("what the agent said").doesNotContain("[ovc-run]");
        assertThat(result.stdout()).contains("fetched EUR_USD and GBP_USD");
        List<RunFolder> runs = FixtureRunFolders.all(work.resolve("reports/runs"));
        assertThat(runs).as("the training run and the run from the cache").hasSize(2);
        for (RunFolder run : runs) {
            assertThat(run.status()).isEqualTo("success");
            assertThat(run.runJson().path("inputs").toString()).contains("EUR_USD", "GBP_USD");
            assertThat(run.checksJson().path("checks").toString()).contains("\"both\"", "\"pass\"");
        }
        assertThat(Files.readAllLines(classes)).as("where the run's own classes came from")
                .anyMatch(line -> line.contains(" ovc.run.runtime.ActiveRun source: shared objects file"))
                .anyMatch(line -> line.contains(" fixture.CoveredPipeline ") && !line.contains("shared objects file"));
    }

    @Test
    void aCacheTrainedWithoutTheAgentIsRefusedByTheJvmNotUsedHalfway() {
        AgentProcess.Result training = pipeline().withoutAgent()
                .jvmOption("-XX:AOTCacheOutput=" + cache).run();
        assertThat(training.exitCode()).as(training.toString()).isZero();

        AgentProcess.Result result = pipeline()
                .jvmOption("-XX:AOTMode=on").jvmOption("-XX:AOTCache=" + cache).run();

        // The JVM's own check (the agent adds the java.instrument module the cache was not made with),
        // which the README's advice to train under the same -javaagent follows from.
        assertThat(result.exitCode()).as(result.toString()).isNotZero();
        assertThat(result.stdout() + result.stderr()).contains("Unable to use AOT cache");
        assertThat(work.resolve("reports/runs")).doesNotExist();
    }
}
