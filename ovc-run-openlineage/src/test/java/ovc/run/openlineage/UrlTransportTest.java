package ovc.run.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientException;
import io.openlineage.client.OpenLineageClientUtils;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plain-URL transport posts what the client's HTTP transport posts, where it posts it. */
class UrlTransportTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    // A backend answering every POST with `status` and `body`, recording method, path, query, headers and body.
    private String serve(int status, String body) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " | "
                        + exchange.getRequestHeaders().getFirst("Content-Type") + " | "
                        + exchange.getRequestHeaders().getFirst("Accept") + " | "
                        + exchange.getRequestHeaders().getFirst("Authorization") + " | "
                        + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static OpenLineage.RunEvent event() {
        OpenLineage model = new OpenLineage(LineageEvents.PRODUCER);
        return model.newRunEvent(ZonedDateTime.parse("2026-01-19T06:15:12Z"), OpenLineage.RunEvent.EventType.START,
                model.newRun(UUID.fromString("0194a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), null),
                model.newJob("ns", "job", null), null, null);
    }

    @Test
    void anEventIsPostedAsTheClientsJsonToTheLineageEndpointWithTheBearerKey() throws Exception {
        String url = serve(201, "");
        OpenLineage.RunEvent event = event();

        new UrlTransport(URI.create(url), "k3y", 2_000).emit(event);
        new UrlTransport(URI.create(url + "/"), null, 2_000).emit(event);

        String json = OpenLineageClientUtils.toJson(event);
        assertThat(requests).containsExactly(
                "POST /api/v1/lineage | application/json | application/json | Bearer k3y | " + json,
                "POST /api/v1/lineage | application/json | application/json | null | " + json);
    }

    @Test
    void aUrlWithAPathIsTheEndpointItselfItsQueryKept() throws Exception {
        String url = serve(200, "");

        new UrlTransport(URI.create(url + "/custom/events?tenant=a%20b"), null, 2_000).emit(event());
        new UrlTransport(URI.create(url + "?tenant=x"), null, 2_000).emit(event());

        assertThat(requests).extracting(request -> request.substring(0, request.indexOf(" |")))
                .containsExactly("POST /custom/events?tenant=a%20b", "POST /api/v1/lineage?tenant=x");
    }

    @Test
    void anAnswerOtherThan2xxFailsWithItsCodeAndBodySoThatDeliveryRetries() throws Exception {
        String url = serve(503, "backend is busy");
        UrlTransport transport = new UrlTransport(URI.create(url), null, 2_000);

        assertThatThrownBy(() -> transport.emit(event())).isInstanceOf(OpenLineageClientException.class)
                .hasMessage("code: 503, response: backend is busy");
    }

    @Test
    void anErrorPageBecomesOneLineWithoutControlsCutShort() throws Exception {
        String url = serve(500, "<html>\n<body>\tBad \u001b[31mthings\r\n</body>\n</html>" + "x".repeat(1_000));
        UrlTransport transport = new UrlTransport(URI.create(url), null, 2_000);

        assertThatThrownBy(() -> transport.emit(event())).satisfies(failure -> {
            assertThat(failure.getMessage()).startsWith("code: 500, response: <html> <body> Bad [31mthings </body> </html>xxx")
                    .doesNotContain("\n", "\r", "\t", "\u001b").hasSizeLessThan(400);
        });
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedNamingIt() {
        assertThatThrownBy(() -> new UrlTransport(URI.create("marquez:5000"), null, 2_000))
                .hasMessage("OpenLineage URL 'marquez:5000' is not an http:// or https:// URL");
        assertThatThrownBy(() -> new UrlTransport(URI.create("file:///tmp/events"), null, 2_000))
                .hasMessageContaining("is not an http:// or https:// URL");
    }
}
