package ovc.run.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live emission from forked JVMs running a RunWriter pipeline, to a JDK HttpServer on 127.0.0.1:
 * every event valid and parsed back, the same runId as back-fill, and every failure of the backend
 * bounded by openlineage.timeout with one warning line and the run folder unchanged.
 */
class LiveEmissionTest {

    private static final long TIMEOUT_MILLIS = 1_500;

    @TempDir
    Path tmp;

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int status, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/lineage", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis); // the slow backend under test, not a wait in the test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** One run of {@link LivePipelineMain} in a new JVM. */
    private Result run(Path workDir, Map<String, String> env, String... args) throws Exception {
        return run(workDir, env, TIMEOUT_MILLIS, args);
    }

    private Result run(Path workDir, Map<String, String> env, long timeoutMillis, String... args) throws Exception {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dovc.run.openlineage.timeout=" + timeoutMillis,
                LivePipelineMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("OPENLINEAGE") || name.startsWith("GITHUB"));
        builder.environment().putAll(env);
        File err = tmp.resolve("err-" + System.nanoTime()).toFile();
        builder.redirectError(err).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000L;
        return new Result(process.exitValue(), Files.readString(err.toPath()), millis, onlyRun(workDir));
    }

    private record Result(int exit, String stderr, long millis, Path folder) {}

    private static Path onlyRun(Path workDir) throws IOException {
        try (Stream<Path> runs = Files.list(workDir.resolve("reports/runs"))) {
            List<Path> all = runs.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    @Test
    void aRunWriterRunSendsStartAndCompleteThatAreValidAndMatchTheBackFill() throws Exception {
        String url = serve(200, 0);
        Result result = run(tmp.resolve("ok"), Map.of("OPENLINEAGE_URL", url, "OPENLINEAGE_API_KEY", "k3y-value",
                "OPENLINEAGE_NAMESPACE", "team-a"), 20_000);
        assertThat(result.exit()).isZero();
        assertThat(result.stderr()).doesNotContain("WARNING");
        assertThat(received).hasSize(2);
        assertThat(authorizations).containsOnly("Bearer k3y-value");
        List<OpenLineage.RunEvent> live = new ArrayList<>();
        for (String json : received) {
            assertThat(OpenLineageSpec.violations(json)).as(json).isEmpty();
            assertThat(json).doesNotContain("k3y-value");
            live.add(OpenLineageClientUtils.runEventFromJson(json));
        }
        assertThat(live).extracting(OpenLineage.RunEvent::getEventType)
                .containsExactly(OpenLineage.RunEvent.EventType.START, OpenLineage.RunEvent.EventType.COMPLETE);
        assertThat(live.get(0).getJob().getNamespace()).isEqualTo("team-a");
        assertThat(live.get(1).getOutputs().get(0).getName())
                .isEqualTo(tmp.resolve("ok/out/blocks.csv").toAbsolutePath().toString());

        List<OpenLineage.RunEvent> backFilled = new FolderExport(new LineageEvents("team-a",
                new DatasetNaming(null, tmp.resolve("ok")))).events(List.of(RunFolderFacts.read(result.folder())));
        for (int i = 0; i < 2; i++) {
            assertThat(backFilled.get(i).getRun().getRunId()).isEqualTo(live.get(i).getRun().getRunId());
            assertThat(comparable(backFilled.get(i))).isEqualTo(comparable(live.get(i)));
        }
    }

    /** The event without what differs by design between two emissions of one run: the processing engine's versions. */
    private static String comparable(OpenLineage.RunEvent event) {
        String json = OpenLineageClientUtils.toJson(event);
        return json.replaceAll("\"processing_engine\":\\{[^}]*\\}", "");
    }

    @Test
    void aFailingRunSendsFailWithTheMaskedErrorMessage() throws Exception {
        String url = serve(200, 0);
        Result result = run(tmp.resolve("fail"), Map.of("OPENLINEAGE_URL", url), 20_000, "fail");
        assertThat(result.exit()).isZero();
        assertThat(received).hasSize(2);
        OpenLineage.RunEvent finish = OpenLineageClientUtils.runEventFromJson(received.get(1));
        assertThat(finish.getEventType()).isEqualTo(OpenLineage.RunEvent.EventType.FAIL);
        assertThat(finish.getRun().getFacets().getErrorMessage().getMessage()).contains("backend said no");
        assertThat(finish.getRun().getFacets().getErrorMessage().getProgrammingLanguage()).isEqualTo("JAVA");
        assertThat(OpenLineageSpec.violations(received.get(1))).isEmpty();
    }

    @Test
    void aRefusedConnectionCostsAtMostTheTimeoutOneWarningAndNothingInTheFolder() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        assertBoundedWithOneWarning("refused", Map.of("OPENLINEAGE_URL", "http://127.0.0.1:" + port));
    }

    @Test
    void a500CostsAtMostTheTimeout() throws Exception {
        String url = serve(500, 0);
        assertBoundedWithOneWarning("500", Map.of("OPENLINEAGE_URL", url));
    }

    @Test
    void a500IsRetriedWithinTheDeadlineThenReported() throws Exception {
        String url = serve(500, 0);
        LineageSettings settings = new LineageSettings(Map.of(), Map.of(), tmp);
        RunFolderFacts folder = RunFolderFacts.read(Path.of("..", "contracts", "examples",
                "20260119T061512Z__P2-Backfill__a1b2c3d"));
        OpenLineage.RunEvent event = settings.events().finish(folder.facts(), folder.directory(), List.of(), null);
        io.openlineage.client.transports.Transport transport = settings.transport(url);
        long start = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Delivery.send(transport, event,
                System.nanoTime() + 8_000_000_000L)).hasMessageContaining("500");
        // No new attempt starts past the deadline; one under way can take up to the request timeout
        // (5000 ms here). The process's exit is bounded separately (the tests above).
        assertThat((System.nanoTime() - start) / 1_000_000L).isLessThan(8_000 + 5_000 + 1_000);
        assertThat(received.size()).isGreaterThan(1);
    }

    @Test
    void aBackendThatNeverAnswersCostsAtMostTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertBoundedWithOneWarning("silent", Map.of("OPENLINEAGE_URL", "http://127.0.0.1:" + silent.getLocalPort()));
        }
    }

    @Test
    void aSlowBackendCostsAtMostTheTimeout() throws Exception {
        String url = serve(200, 10_000);
        assertBoundedWithOneWarning("slow", Map.of("OPENLINEAGE_URL", url));
    }

    @Test
    void aBackendThatResetsEveryConnectionCostsAtMostTheTimeout() throws Exception {
        try (ServerSocket resetting = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!resetting.isClosed()) {
                    try {
                        java.net.Socket connection = resetting.accept();
                        connection.setSoLinger(true, 0); // closing now sends RST, not FIN
                        connection.close();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            assertBoundedWithOneWarning("reset", Map.of("OPENLINEAGE_URL", "http://127.0.0.1:" + resetting.getLocalPort()));
        }
    }

    private void assertBoundedWithOneWarning(String name, Map<String, String> env) throws Exception {
        assertBoundedWithOneWarning(name, env, TIMEOUT_MILLIS);
    }

    private void assertBoundedWithOneWarning(String name, Map<String, String> env, long timeoutMillis) throws Exception {
        Result plain = run(tmp.resolve(name + "-plain"), Map.of());
        Result result = run(tmp.resolve(name), env, timeoutMillis);
        assertThat(result.exit()).isZero();
        List<String> warnings = result.stderr().lines().filter(line -> line.contains("WARNING")).toList();
        assertThat(warnings).as(result.stderr()).hasSize(1);
        assertThat(warnings.get(0)).contains("OpenLineage");
        assertThat(result.stderr().lines().count()).as(result.stderr()).isEqualTo(1);
        // The exit waits at most the timeout; the rest is the JVM's own start and the pipeline.
        assertThat(result.millis()).isLessThan(plain.millis() + timeoutMillis + 1_500);
        assertThat(Files.readString(result.folder().resolve("run.log")).lines().count())
                .isEqualTo(Files.readString(plain.folder().resolve("run.log")).lines().count());
        assertThat(names(result.folder())).isEqualTo(names(plain.folder()));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
