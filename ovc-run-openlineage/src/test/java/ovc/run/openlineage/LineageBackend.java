package ovc.run.openlineage;

import com.sun.net.httpserver.HttpServer;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test OpenLineage backend: a JDK {@link HttpServer} on 127.0.0.1 that records the body and
 * {@code Authorization} header of every POST to {@code /api/v1/lineage} before answering with a
 * fixed status. A body is recorded before the answer, so once the emitting process has exited,
 * every event it delivered is here: no waiting needed.
 */
public final class LineageBackend implements AutoCloseable {

    private final HttpServer server;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private LineageBackend(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/lineage", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                events.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A backend that answers every event with {@code status}. */
    public static LineageBackend answering(int status) throws IOException {
        return new LineageBackend(status);
    }

    /** The URL to give as {@code OPENLINEAGE_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Each event's JSON, in the order received. */
    public List<String> events() {
        return List.copyOf(events);
    }

    /**
     * Each event received, checked against the OpenLineage spec and parsed back by the official client.
     *
     * @throws AssertionError naming the event and its violations when one is not valid
     */
    public List<OpenLineage.RunEvent> validEvents() throws IOException {
        List<OpenLineage.RunEvent> parsed = new ArrayList<>();
        for (String json : events) {
            List<String> violations = OpenLineageSpec.violations(json);
            if (!violations.isEmpty()) {
                throw new AssertionError(json + " is not valid: " + violations);
            }
            parsed.add(OpenLineageClientUtils.runEventFromJson(json));
        }
        return parsed;
    }

    /** Each request's {@code Authorization} header ({@code "null"} when absent). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** A URL where nothing listens: the connection is refused. */
    public static String refusedUrl() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + free.getLocalPort();
        }
    }

    /**
     * A socket that never accepts: the kernel completes the connection into its backlog and the
     * request waits for an answer that never comes. Closing it ends that.
     */
    public static ServerSocket silent() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
