package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.Json;
import ovc.run.testing.TestHost;

/** Bad surroundings cost a warning, never the pipeline; strict mode turns them into failures. */
class RecordingFailureTest {

    @TempDir
    Path work;

    private TestHost host;

    @BeforeEach
    void setUp() {
        host = new TestHost(work);
    }

    private Path reportsThatCannotBeCreated() throws IOException {
        // A file where the folder should be: fails for root too, unlike permission bits.
        Path blocker = work.resolve("blocked");
        Files.writeString(blocker, "not a folder");
        return blocker.resolve("runs");
    }

    @Test
    void unwritableReportsFolderWarnsOnceAndThePipelineGoesOn() throws IOException {
        Path reports = reportsThatCannotBeCreated();
        RunWriter run = host.writer("Unrecorded", "0.1.0").reports(reports).start();
        run.input("csv", "a.csv");
        assertThat(run.log("still counting lines")).isEqualTo(3);
        assertThat(run.finish(RunStatus.SUCCESS)).isEqualTo(RunStatus.SUCCESS);

        assertThat(host.stderr()).containsOnlyOnce("[ovc-run] WARNING: cannot create the run folder of "
                + run.runId()).contains("the pipeline runs unrecorded");
        assertThat(host.stdout()).isEqualTo("RUN_ID=" + run.runId() + "\n");
    }

    @Test
    void strictModeRefusesToStartARunItCannotRecord() throws IOException {
        Path reports = reportsThatCannotBeCreated();
        assertThatThrownBy(() -> host.writer("Strict", "0.1.0").reports(reports).strict(true).start())
                .isInstanceOf(RunRecordingException.class)
                .hasMessageContaining("cannot create the run folder")
                .hasMessageContaining("strict mode");
    }

    @Test
    void filesThatCannotBeWrittenAtFinishWarnOrFailInStrictMode() throws IOException {
        RunWriter lenient = host.start("Lenient");
        Files.createDirectories(lenient.directory().resolve("run.json").resolve("in-the-way"));
        lenient.close();
        assertThat(host.stderr()).contains("could not write run.json and checks.json of run " + lenient.runId());

        RunWriter strict = host.writer("Strict-Finish", "0.1.0").strict(true).start();
        Files.createDirectories(strict.directory().resolve("run.json").resolve("in-the-way"));
        assertThatThrownBy(strict::close).isInstanceOf(RunRecordingException.class)
                .hasMessageContaining("run.json and checks.json").hasMessageContaining(strict.runId());
    }

    @Test
    void aValueThatIsNotJsonIsRecordedAsTextWithAWarning() {
        RunWriter run = host.start("Odd-Extra");
        run.output("file", "f", null, null, Map.of("when", java.time.LocalDate.of(2026, 1, 19),
                "ratio", Double.NaN, "kind", java.time.DayOfWeek.MONDAY));
        run.close();
        assertThat(Json.read(run.directory().resolve("run.json")).get("outputs").get(0).get("extra").toString())
                .isEqualTo("{\"kind\":\"MONDAY\",\"ratio\":\"NaN\",\"when\":\"2026-01-19\"}");
        assertThat(host.stderr()).contains("java.time.LocalDate is not a JSON value").contains("NaN is not a JSON value");
    }

    @Test
    void noSecretValueReachesAnyFileOfTheRun() throws IOException {
        String token = "oanda-live-7c1e55d0";
        String dsn = "postgres://ovc:hunter22@ep-neon.example/ovc";
        // Required, but no credential by its name: configuration, kept (README "Masking").
        String required = "value-of-a-required-var";
        host.env.putAll(Map.of("OANDA_API_TOKEN", token, "NEON_DSN", dsn, "PLAIN_NAME", required));
        RunWriter run = host.start("Secretive", "PLAIN_NAME");
        run.input("command", "psql " + dsn, "token=" + token);
        run.output("file", "out", null, null, Map.of("url", dsn, required, java.util.List.of(token)));
        run.log("calling with " + token + " and " + required);
        run.check("connected", "Connected to " + dsn, CheckStatus.PASS);
        run.fail(new IllegalStateException("auth failed for " + token));

        try (Stream<Path> files = Files.walk(run.directory())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = Files.readString(file);
                assertThat(content).as(file.toString()).doesNotContain(token, dsn, "hunter22").contains("***");
            }
        }
        assertThat(Files.readString(run.directory().resolve("run.log"))).contains(required);
    }

}
