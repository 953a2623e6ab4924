package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.openlineage.RunUuid;

/** {@code ovc-run export --openlineage}: the golden run folders to a JDK HttpServer on 127.0.0.1. */
class ExportCommandTest {

    @TempDir
    Path tmp;

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/lineage", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path goldenRuns() throws IOException {
        Path runs = Files.createDirectories(tmp.resolve("reports/runs"));
        Path examples = Path.of("..", "contracts", "examples");
        try (Stream<Path> folders = Files.list(examples)) {
            for (Path folder : folders.toList()) {
                Path copy = Files.createDirectories(runs.resolve(folder.getFileName()));
                for (String file : new String[] {"run.json", "checks.json", "run.log"}) {
                    Files.copy(folder.resolve(file), copy.resolve(file));
                }
            }
        }
        return runs;
    }

    @Test
    void everyRunUnderTheReportsFolderIsSentAsStartAndFinishWithItsRunId() throws IOException {
        goldenRuns();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        Cli.Result result = new Cli(tmp).run("export", "--openlineage", url);
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("sent 10 of 10 OpenLineage events (5 runs) to " + url);
        assertThat(received).hasSize(10);
        OpenLineage.RunEvent first = OpenLineageClientUtils.runEventFromJson(received.get(0));
        OpenLineage.RunEvent second = OpenLineageClientUtils.runEventFromJson(received.get(1));
        assertThat(first.getEventType()).isEqualTo(OpenLineage.RunEvent.EventType.START);
        assertThat(second.getRun().getRunId()).isEqualTo(first.getRun().getRunId());
        String runId = (String) first.getRun().getFacets().getAdditionalProperties().get("ovc_run")
                .getAdditionalProperties().get("run_id");
        assertThat(first.getRun().getRunId()).isEqualTo(RunUuid.of(runId));
    }

    @Test
    void aTimeoutThatIsNoNumberIsNamedInAWarningAndTheDefaultIsUsed() throws IOException {
        goldenRuns();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        Cli cli = new Cli(tmp);
        cli.env.put("OVC_RUN_OPENLINEAGE_TIMEOUT", "5s");

        Cli.Result result = cli.run("export", "--openlineage", url);

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo(
                "[ovc-run] WARNING: openlineage.timeout '5s' is not a positive number of milliseconds; using 5000\n");
        assertThat(received).hasSize(10);
    }

    @Test
    void aNamedFolderIsSentAloneAndNoBackendIsAClearError() throws IOException {
        Path runs = goldenRuns();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        Cli.Result one = new Cli(tmp).run("export", "--openlineage", url,
                runs.resolve("20260119T061512Z__P2-Backfill__a1b2c3d").toString());
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(received).hasSize(2);
        Cli.Result none = new Cli(tmp).run("export", "--openlineage");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no OpenLineage backend").contains("OPENLINEAGE_URL");
    }
}
