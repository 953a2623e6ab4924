package ovc.run.benchmarks.process;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OpenLineage backend the harness measures against: a JDK {@link HttpServer} on 127.0.0.1
 * answering every {@code POST /api/v1/lineage} with 200, as a local Marquez would, counting the
 * events so that a variant can check it really sent them.
 */
final class LocalLineageBackend implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger events = new AtomicInteger();

    LocalLineageBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/lineage", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            events.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** What to set {@code OPENLINEAGE_URL} to. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many events arrived since the last call. */
    int takeEvents() {
        return events.getAndSet(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
