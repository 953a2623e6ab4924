package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fixture.LineagePipeline;
import fixture.OwnOpenLineage;
import io.openlineage.client.OpenLineage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import ovc.run.openlineage.DatasetNaming;
import ovc.run.openlineage.FolderExport;
import ovc.run.openlineage.LineageBackend;
import ovc.run.openlineage.LineageEvents;
import ovc.run.openlineage.RunFolderFacts;

/**
 * Issue 14 under the packaged agent: with only {@code OPENLINEAGE_URL} set, a real {@code @Pipeline}
 * run sends START and COMPLETE/FAIL to a JDK HttpServer, each parsed back by the official client and
 * valid against the OpenLineage spec; the exporter the agent jar carries keeps to its own class
 * loader beside an application's own older client and Jackson; the agent's {@code openlineage.*}
 * arguments win; and a backend that refuses or never answers costs at most the timeout, one
 * warning line, and nothing in the run folder.
 */
class OpenLineageIT {

    private static final Path OLDER = Path.of(System.getProperty("ovc.application.jackson", "target/application-jackson"))
            .toAbsolutePath();
    private static final long TIMEOUT_MILLIS = 1_500;
    // Beyond the plain run's own duration and the timeout: loading and closing the exporter on
    // the way out, measured at 300-600 ms here on a loaded 2-core machine.
    private static final long MARGIN_MILLIS = 1_500;

    @TempDir
    Path work;

    private AgentProcess pipeline(String folder, String... args) throws IOException {
        Path dir = Files.createDirectories(work.resolve(folder));
        return AgentProcess.of(dir, LineagePipeline.class).args(args);
    }

    @Test
    void onlyTheUrlSetSendsStartAndCompleteValidAndAsTheBackFillHasThem() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            AgentProcess.Result result = pipeline("ok").env("OPENLINEAGE_URL", backend.url())
                    .env("OPENLINEAGE_API_KEY", "k3y-value").run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.stderr()).as(result.toString()).isEmpty();
            List<OpenLineage.RunEvent> events = backend.validEvents();
            assertThat(events).extracting(OpenLineage.RunEvent::getEventType)
                    .containsExactly(OpenLineage.RunEvent.EventType.START, OpenLineage.RunEvent.EventType.COMPLETE);
            assertThat(backend.authorizations()).containsOnly("Bearer k3y-value");
            assertThat(backend.events()).noneMatch(json -> json.contains("k3y-value"));
            RunFolder run = FixtureRunFolders.only(work.resolve("ok/reports/runs"), "Lineage-Agent");
            OpenLineage.RunEvent complete = events.get(1);
            assertThat(complete.getJob().getName()).isEqualTo("Lineage-Agent");
            assertThat(complete.getJob().getNamespace()).isEqualTo("ovc-run");
            assertThat(complete.getRun().getFacets().getAdditionalProperties().get("ovc_run")
                    .getAdditionalProperties()).containsEntry("run_id", run.runId());
            assertThat(complete.getOutputs()).extracting(OpenLineage.OutputDataset::getName)
                    .containsExactly(work.resolve("ok/out/blocks.csv").toString());

            List<OpenLineage.RunEvent> backFilled = new FolderExport(new LineageEvents("ovc-run",
                    new DatasetNaming(null, work.resolve("ok")))).events(List.of(RunFolderFacts.read(run.directory())));
            assertThat(backFilled).extracting(event -> event.getRun().getRunId())
                    .containsExactly(events.get(0).getRun().getRunId(), complete.getRun().getRunId());
        }
    }

    @Test
    void aTimeoutThatIsNoNumberWarnsOnceAndTheEventsStillGoOutWithTheDefault() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            AgentProcess.Result result = pipeline("bad-timeout").env("OPENLINEAGE_URL", backend.url())
                    .env("OVC_RUN_OPENLINEAGE_TIMEOUT", "5s").run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            // One reading of the setting: the runtime's warning says what is used, and the exporter uses it.
            assertThat(result.stderr().lines().toList()).as(result.toString()).containsExactly(
                    "[ovc-run] WARNING: openlineage.timeout '5s' is not a positive number of milliseconds; using 5000");
            assertThat(backend.validEvents()).extracting(OpenLineage.RunEvent::getEventType)
                    .containsExactly(OpenLineage.RunEvent.EventType.START, OpenLineage.RunEvent.EventType.COMPLETE);
        }
    }

    @Test
    void aFailingPipelineSendsFailWithItsError() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            AgentProcess.Result result = pipeline("fail", "fail").env("OPENLINEAGE_URL", backend.url()).run();

            assertThat(result.exitCode()).as(result.toString()).isNotZero();
            List<OpenLineage.RunEvent> events = backend.validEvents();
            assertThat(events).extracting(OpenLineage.RunEvent::getEventType)
                    .containsExactly(OpenLineage.RunEvent.EventType.START, OpenLineage.RunEvent.EventType.FAIL);
            assertThat(events.get(1).getRun().getFacets().getErrorMessage().getMessage()).contains("backend said no");
        }
    }

    @Test
    void anApplicationWithItsOwnOlderClientAndJacksonStillWorksAndStillEmits() throws Exception {
        Path dir = Files.createDirectories(work.resolve("own"));
        AgentProcess process = AgentProcess.of(dir, OwnOpenLineage.class);
        for (String jar : new String[] {"openlineage-java-1.20.5.jar", "jackson-databind-2.12.7.jar",
                "jackson-core-2.12.7.jar", "jackson-annotations-2.12.7.jar"}) {
            assertThat(OLDER.resolve(jar)).as("copied by maven-dependency-plugin at pre-integration-test").isRegularFile();
            process.classPath(OLDER.resolve(jar));
        }
        try (LineageBackend backend = LineageBackend.answering(200)) {
            AgentProcess.Result result = process.env("OPENLINEAGE_URL", backend.url()).run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.stdoutLines()).as(result.toString()).contains("own event: true",
                    "openlineage-java from openlineage-java-1.20.5.jar",
                    "jackson-databind from jackson-databind-2.12.7.jar", "jackson writes {\"a\":1}");
            assertThat(result.stderr()).as(result.toString()).isEmpty();
            assertThat(backend.validEvents()).extracting(event -> event.getJob().getName())
                    .containsExactly("Own-OpenLineage", "Own-OpenLineage");
        }
    }

    @Test
    void agentArgumentsWinOverPropertiesAndVariables() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            AgentProcess.Result result = pipeline("args")
                    .agentOptions("openlineage.url=" + backend.url() + ",openlineage.namespace=from-argument")
                    .jvmOption("-Dovc.run.openlineage.namespace=from-property")
                    .env("OPENLINEAGE_URL", LineageBackend.refusedUrl()).env("OPENLINEAGE_NAMESPACE", "from-variable")
                    .run();

            assertThat(result.stderr()).as(result.toString()).isEmpty();
            assertThat(backend.validEvents()).extracting(event -> event.getJob().getNamespace())
                    .containsExactly("from-argument", "from-argument");
        }
        try (LineageBackend backend = LineageBackend.answering(200)) {
            pipeline("property").jvmOption("-Dovc.run.openlineage.namespace=from-property")
                    .env("OPENLINEAGE_URL", backend.url()).env("OPENLINEAGE_NAMESPACE", "from-variable").run();

            assertThat(backend.validEvents()).extracting(event -> event.getJob().getNamespace())
                    .containsExactly("from-property", "from-property");
        }
    }

    @Test
    void theTimeoutArgumentBoundsTheExitOverAPropertyOfTwentySeconds() throws Exception {
        try (ServerSocket silent = LineageBackend.silent()) {
            String url = "http://127.0.0.1:" + silent.getLocalPort();
            assertBoundedWithOneWarning("timeout-argument", pipeline("timeout-argument")
                    .agentOptions("openlineage.url=" + url + ",openlineage.timeout=" + TIMEOUT_MILLIS)
                    .jvmOption("-Dovc.run.openlineage.timeout=20000"));
        }
    }

    @Test
    void aRefusedConnectionCostsAtMostTheTimeoutOneWarningAndNothingInTheFolder() throws Exception {
        assertBoundedWithOneWarning("refused", pipeline("refused").env("OPENLINEAGE_URL", LineageBackend.refusedUrl())
                .env("OVC_RUN_OPENLINEAGE_TIMEOUT", String.valueOf(TIMEOUT_MILLIS)));
    }

    @Test
    void aBackendThatNeverAnswersCostsAtMostTheTimeoutOneWarningAndNothingInTheFolder() throws Exception {
        try (ServerSocket silent = LineageBackend.silent()) {
            assertBoundedWithOneWarning("silent", pipeline("silent")
                    .env("OPENLINEAGE_URL", "http://127.0.0.1:" + silent.getLocalPort())
                    .env("OVC_RUN_OPENLINEAGE_TIMEOUT", String.valueOf(TIMEOUT_MILLIS)));
        }
    }

    private void assertBoundedWithOneWarning(String name, AgentProcess exported) throws IOException {
        long start = System.nanoTime();
        AgentProcess.Result plain = pipeline(name + "-plain").run();
        long plainMillis = (System.nanoTime() - start) / 1_000_000L;
        start = System.nanoTime();
        AgentProcess.Result result = exported.run();
        long millis = (System.nanoTime() - start) / 1_000_000L;

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr().lines().toList()).as(result.toString()).hasSize(1)
                .allMatch(line -> line.contains("WARNING: OpenLineage"));
        assertThat(plain.stderr()).as(plain.toString()).isEmpty();
        assertThat(millis).as("exit of %s against %d ms without OpenLineage", name, plainMillis)
                .isLessThan(plainMillis + TIMEOUT_MILLIS + MARGIN_MILLIS);
        RunFolder withExport = FixtureRunFolders.only(work.resolve(name + "/reports/runs"), "Lineage-Agent");
        RunFolder without = FixtureRunFolders.only(work.resolve(name + "-plain/reports/runs"), "Lineage-Agent");
        assertThat(names(withExport.directory())).isEqualTo(names(without.directory()));
        assertThat(runSpecificFieldsRemoved(withExport)).isEqualTo(runSpecificFieldsRemoved(without));
        assertThat(Files.readString(withExport.directory().resolve("checks.json")))
                .isEqualTo(Files.readString(without.directory().resolve("checks.json"))
                        .replace(without.runId(), withExport.runId()));
        assertThat(logWithoutTimes(withExport)).isEqualTo(logWithoutTimes(without));
    }

    /** run.json without what differs between two runs by design: its id and times. */
    private static String runSpecificFieldsRemoved(RunFolder run) {
        ObjectNode json = (ObjectNode) run.runJson();
        json.remove(List.of("run_id", "started_utc", "finished_utc", "duration_ms"));
        return json.toString();
    }

    /** run.log's lines without their leading timestamp, the run's id and its duration. */
    private static List<String> logWithoutTimes(RunFolder run) throws IOException {
        return Files.readString(run.directory().resolve("run.log")).replace(run.runId(), "<run_id>").lines()
                .map(line -> line.indexOf(' ') < 0 ? line : line.substring(line.indexOf(' ')))
                .map(line -> line.replaceAll(" in \\d+ ms$", " in <n> ms")).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
