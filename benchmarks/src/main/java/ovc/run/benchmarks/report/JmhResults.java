package ovc.run.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * JMH's JSON results ({@code -rf json}), by short name: {@code Class.method}, and for parameterised
 * benchmarks {@code Class.method:name=value}.
 */
final class JmhResults {

    private final Map<String, Score> scores;
    private final String jvm;
    private final Set<String> settings;

    private JmhResults(Map<String, Score> scores, String jvm, Set<String> settings) {
        this.scores = scores;
        this.jvm = jvm;
        this.settings = settings;
    }

    /** Reads JMH's JSON output. */
    public static JmhResults parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JMH JSON results", e);
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        Set<String> settings = new LinkedHashSet<>();
        String jvm = "";
        for (JsonNode result : root) {
            String name = shortName(result.path("benchmark").asText(), result.path("params"));
            JsonNode primary = result.path("primaryMetric");
            JsonNode allocation = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            scores.put(name, new Score(number(primary.path("score")), number(primary.path("scoreError")),
                    primary.path("scoreUnit").asText(), allocation.isMissingNode() ? Double.NaN : number(allocation.path("score"))));
            jvm = result.path("vmName").asText() + " " + result.path("vmVersion").asText();
            settings.add(settings(result));
        }
        return new JmhResults(scores, jvm, settings);
    }

    static String shortName(String benchmark, JsonNode params) {
        String[] parts = benchmark.split("\\.");
        String name = parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
        Map<String, String> sorted = new TreeMap<>();
        params.properties().forEach(param -> sorted.put(param.getKey(), param.getValue().asText()));
        StringBuilder key = new StringBuilder(name);
        sorted.forEach((param, value) -> key.append(':').append(param).append('=').append(value));
        return key.toString();
    }

    private static String settings(JsonNode result) {
        String mode = result.path("mode").asText();
        String forks = "forks " + result.path("forks").asInt();
        if (mode.equals("ss")) {
            return "single shot: " + forks + ", " + result.path("warmupIterations").asInt() + " warm-up + "
                    + result.path("measurementIterations").asInt() + " measured invocations";
        }
        return mode + ": " + forks + ", warm-up " + result.path("warmupIterations").asInt() + " × "
                + result.path("warmupTime").asText() + ", measurement " + result.path("measurementIterations").asInt()
                + " × " + result.path("measurementTime").asText();
    }

    /** A number JMH may also write as the text {@code "NaN"}. */
    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.parseDouble(node.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The score of {@code name} ({@code Class.method} or {@code Class.method:param=value}).
     *
     * @throws IllegalArgumentException when the results do not hold it (a benchmark that failed)
     */
    public Score get(String name) {
        Score score = scores.get(name);
        if (score == null) {
            throw new IllegalArgumentException("no JMH result " + name + "; results hold " + scores.keySet());
        }
        return score;
    }

    /** Every short name, in the order JMH ran them. */
    public List<String> names() {
        return new ArrayList<>(scores.keySet());
    }

    /** The forked JVM's name and version, as JMH recorded it. */
    public String jvm() {
        return jvm;
    }

    /** The distinct run settings (mode, forks, iterations). */
    public Set<String> settings() {
        return settings;
    }
}
