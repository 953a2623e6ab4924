package ovc.run.openlineage;

import io.openlineage.client.transports.Transport;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import ovc.run.runtime.Setting;

/**
 * Where and how to send events, read the way OpenLineage users already configure it.
 *
 * <p>The URL is {@code openlineage.url} (ovc-run's precedence), else {@code OPENLINEAGE_URL}:
 * then events are posted by {@link UrlTransport} (to {@code <url>/api/v1/lineage} when the URL names
 * no path, {@code OPENLINEAGE_API_KEY} as {@code Authorization: Bearer}, {@code openlineage.timeout}
 * per request), which costs a small part of the client's own start-up. Without a URL the
 * official client's own configuration applies: {@code OPENLINEAGE_CONFIG}, {@code openlineage.yml},
 * {@code OPENLINEAGE__TRANSPORT__*} (any of its transports: http, file, console, Kafka...).
 */
public final class LineageSettings {

    private final Map<String, String> variables;
    private final Map<String, String> properties;
    private final Path workingDirectory;

    /** Settings from these variables, {@code ovc.run.*} properties and working directory. */
    public LineageSettings(Map<String, String> variables, Map<String, String> properties, Path workingDirectory) {
        this.variables = variables;
        this.properties = properties;
        this.workingDirectory = workingDirectory;
    }

    /** The running process's settings. */
    public static LineageSettings ofProcess(Path workingDirectory) {
        java.util.Map<String, String> properties = new java.util.HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(Setting.PROPERTY_PREFIX)) {
                properties.put(name, System.getProperty(name));
            }
        }
        return new LineageSettings(System.getenv(), properties, workingDirectory);
    }

    private String setting(Setting setting) {
        return setting.raw(Map.of(), properties, variables);
    }

    private String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The backend URL, or {@code null} when the client's own configuration decides. */
    public String url() {
        String url = setting(Setting.OPENLINEAGE_URL);
        return url != null ? url : variable("OPENLINEAGE_URL");
    }

    /**
     * The job namespace: {@code openlineage.namespace}, {@code OPENLINEAGE_NAMESPACE}, in GitHub
     * Actions {@code github://<owner>/<repo>}, else {@code ovc-run}.
     */
    public String namespace() {
        String namespace = setting(Setting.OPENLINEAGE_NAMESPACE);
        if (namespace == null) {
            namespace = variable("OPENLINEAGE_NAMESPACE");
        }
        if (namespace == null && "true".equals(variables.get("GITHUB_ACTIONS")) && variable("GITHUB_REPOSITORY") != null) {
            namespace = "github://" + variable("GITHUB_REPOSITORY");
        }
        return namespace != null ? namespace : "ovc-run";
    }

    /**
     * {@code openlineage.timeout} in milliseconds: the default (5000) when it is unset or not a
     * positive number, as the runtime reads it (which warns about such a value once).
     */
    public long timeoutMillis() {
        return Setting.OPENLINEAGE_TIMEOUT.millis(setting(Setting.OPENLINEAGE_TIMEOUT));
    }

    /** What is wrong with {@code openlineage.timeout}, and what is used instead; {@code null} when nothing is. */
    public String timeoutProblem() {
        return Setting.OPENLINEAGE_TIMEOUT.millisProblem(setting(Setting.OPENLINEAGE_TIMEOUT));
    }

    /** Whether {@code OPENLINEAGE_DISABLED} is {@code true}. */
    public boolean disabled() {
        return "true".equalsIgnoreCase(variable("OPENLINEAGE_DISABLED"));
    }

    /** How inputs and outputs become datasets ({@code openlineage.datasets}). */
    public DatasetNaming datasets() {
        return new DatasetNaming(setting(Setting.OPENLINEAGE_DATASETS), workingDirectory);
    }

    /** The event model for these settings. */
    public LineageEvents events() {
        return new LineageEvents(namespace(), datasets());
    }

    /** Where events go: {@link UrlTransport} when a URL is set, else the client's own configuration. */
    public Transport transport() {
        return transport(url());
    }

    /** The transport for {@code url}, or the client's own configuration when it is {@code null}. */
    public Transport transport(String url) {
        if (url == null) {
            return ConfiguredClient.fromConfiguration();
        }
        String apiKey = variable("OPENLINEAGE_API_KEY");
        return new UrlTransport(URI.create(url), apiKey, (int) Math.min(Integer.MAX_VALUE, timeoutMillis()));
    }
}
