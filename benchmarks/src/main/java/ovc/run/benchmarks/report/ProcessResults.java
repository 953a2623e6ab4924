package ovc.run.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole-process harness's samples ({@code ProcessBenchmark}'s JSON), as medians by variant. */
final class ProcessResults {

    private final int runs;
    private final Map<String, Variant> variants;

    /** One variant's samples. */
    record Variant(String label, List<Double> wallMs, List<Double> peakRssKib) {}

    private ProcessResults(int runs, Map<String, Variant> variants) {
        this.runs = runs;
        this.variants = variants;
    }

    /** Reads the harness's JSON. */
    public static ProcessResults parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not the process harness's JSON", e);
        }
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (JsonNode variant : root.path("variants")) {
            variants.put(variant.path("key").asText(), new Variant(variant.path("label").asText(),
                    numbers(variant.path("wall_ms")), numbers(variant.path("peak_rss_kib"))));
        }
        return new ProcessResults(root.path("runs").asInt(), variants);
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asDouble()));
        return values;
    }

    /** Measured runs per variant. */
    public int runs() {
        return runs;
    }

    /** Median start-to-exit time of {@code key}, in milliseconds. */
    public double medianWallMs(String key) {
        return Stats.median(variant(key).wallMs());
    }

    /** The interquartile range of {@code key}'s start-to-exit times, in milliseconds: its noise. */
    public double wallSpreadMs(String key) {
        return Stats.interquartileRange(variant(key).wallMs());
    }

    /** Median peak resident set size of {@code key}, in MiB. */
    public double medianPeakRssMib(String key) {
        return Stats.median(variant(key).peakRssKib()) / 1024;
    }

    /** Whether the harness measured {@code key}. */
    public boolean has(String key) {
        return variants.containsKey(key);
    }

    /** What {@code key} runs, for people. */
    public String label(String key) {
        return variant(key).label();
    }

    private Variant variant(String key) {
        Variant variant = variants.get(key);
        if (variant == null) {
            throw new IllegalArgumentException("no process results for " + key + "; they hold " + variants.keySet());
        }
        return variant;
    }
}
