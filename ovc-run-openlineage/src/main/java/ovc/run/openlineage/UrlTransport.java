package ovc.run.openlineage;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientException;
import io.openlineage.client.transports.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The transport for a plain {@code OPENLINEAGE_URL}: each event posted as JSON to the backend's
 * lineage endpoint, as the client's HTTP transport posts it ({@code Content-Type} and {@code Accept}
 * {@code application/json}, the API key as {@code Authorization: Bearer}, a non-2xx answer an
 * {@link OpenLineageClientException} that {@link Delivery} retries).
 *
 * <p>Why not the client's {@code HttpTransport}: building it loads Apache HttpClient 5, a TLS
 * context and a public-suffix list, about 0.3 s before the first event; the JDK's
 * {@link HttpURLConnection} is mostly loaded already. A configured client ({@code openlineage.yml},
 * {@code OPENLINEAGE__TRANSPORT__*}) still gets the client's own transports.
 */
final class UrlTransport extends Transport {

    /** Where the events go when the URL names no path, as the client's HTTP transport posts. */
    static final String LINEAGE_ENDPOINT = "/api/v1/lineage";
    private static final int MAX_ERROR_BODY = 300;

    private final URI endpoint;
    private final String apiKey;
    private final int timeoutMillis;

    /**
     * @param url the backend ({@code http://host:5000}) or, when it names a path, the endpoint itself
     * @param apiKey sent as {@code Authorization: Bearer}, or {@code null}
     * @param timeoutMillis for connecting and for the answer, each
     */
    UrlTransport(URI url, String apiKey, int timeoutMillis) {
        this.endpoint = endpoint(url);
        this.apiKey = apiKey;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * {@code url} with {@value #LINEAGE_ENDPOINT} as its path when it has none (or only {@code /});
     * else {@code url} as it is, its query kept.
     */
    static URI endpoint(URI url) {
        if (url.getScheme() == null || !(url.getScheme().equalsIgnoreCase("http") || url.getScheme().equalsIgnoreCase("https"))
                || url.getRawAuthority() == null) {
            throw new OpenLineageClientException("OpenLineage URL '" + url + "' is not an http:// or https:// URL");
        }
        String path = url.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            return url;
        }
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + LINEAGE_ENDPOINT + query);
    }

    /** Where the events are posted. */
    URI endpoint() {
        return endpoint;
    }

    @Override
    public void emit(OpenLineage.RunEvent event) {
        post(EventJson.of(event));
    }

    @Override
    public void emit(OpenLineage.DatasetEvent event) {
        post(EventJson.of(event));
    }

    @Override
    public void emit(OpenLineage.JobEvent event) {
        post(EventJson.of(event));
    }

    private void post(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Accept", "application/json");
            if (apiKey != null) {
                connection.setRequestProperty("Authorization", "Bearer " + apiKey);
            }
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            if (status < 200 || status > 299) {
                throw new OpenLineageClientException("code: " + status + ", response: " + errorBody(connection));
            }
            drain(connection);
        } catch (IOException e) {
            if (connection != null) {
                connection.disconnect();
            }
            throw new OpenLineageClientException(e);
        }
    }

    // The answer read to its end, so that the connection can carry the next event.
    private static void drain(HttpURLConnection connection) throws IOException {
        try (InputStream in = connection.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static String errorBody(HttpURLConnection connection) {
        try (InputStream in = connection.getErrorStream()) {
            if (in == null) {
                return "";
            }
            String text = new String(in.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
            // The answer ends up in the one warning line: no line breaks, no terminal controls.
            return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return "UrlTransport{" + endpoint + "}";
    }
}
