package ovc.run.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The OpenLineage spec of ../shared/openlineage-spec (and contracts/ for ovc_run), indexed by
 * {@code $id}: an event is checked against OpenLineage.json, then every facet against the schema
 * its {@code _schemaURL} names, with format assertions on.
 */
public final class OpenLineageSpec {

    private static final Path SPEC = spec();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = registry();

    private OpenLineageSpec() {}

    /**
     * shared/openlineage-spec beside the repository (CI) or beside a folder above it (a worktree);
     * for a clone made elsewhere (a fresh-clone check in a temporary folder), beside the checkout
     * it was cloned from; or where {@code -Dopenlineage.spec} says. Never skipped when missing: a
     * test that cannot validate fails.
     */
    private static Path spec() {
        String given = System.getProperty("openlineage.spec");
        if (given != null && Files.isRegularFile(Path.of(given).resolve("OpenLineage.json"))) {
            return Path.of(given);
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        Path origin = clonedFrom();
        if (origin != null) {
            starts.add(origin);
        }
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared").resolve("openlineage-spec");
                if (Files.isRegularFile(candidate.resolve("OpenLineage.json"))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no shared/openlineage-spec/OpenLineage.json above " + starts
                + " (set -Dopenlineage.spec=DIR)");
    }

    /** The local checkout this one was cloned from (git's {@code remote.origin.url}), or {@code null}. */
    private static Path clonedFrom() {
        try {
            Process git = new ProcessBuilder("git", "config", "--get", "remote.origin.url").redirectErrorStream(true)
                    .start();
            String url = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (git.waitFor() != 0 || url.isEmpty() || url.contains("://") || url.contains("@")) {
                return null;
            }
            Path path = Path.of(url.startsWith("file:") ? url.substring("file:".length()) : url);
            return path.isAbsolute() && Files.isDirectory(path) ? path.toRealPath() : null;
        } catch (IOException | InterruptedException | RuntimeException e) {
            return null;
        }
    }

    private static SchemaRegistry registry() {
        Map<String, String> byId = new HashMap<>();
        try {
            index(SPEC.resolve("OpenLineage.json"), byId);
            try (DirectoryStream<Path> facets = Files.newDirectoryStream(SPEC.resolve("facets"), "*.json")) {
                for (Path facet : facets) {
                    index(facet, byId);
                }
            }
            index(Path.of("..", "contracts", "ovc_run-run-facet.schema.json"), byId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(byId));
    }

    private static void index(Path file, Map<String, String> byId) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        byId.put(JSON.readTree(text).get("$id").asText(), text);
    }

    /** Every violation of {@code event} (JSON) against the spec and its facets' schemas; empty when valid. */
    public static List<String> violations(String event) throws IOException {
        List<String> problems = new ArrayList<>();
        check("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent", event, problems);
        JsonNode tree = JSON.readTree(event);
        facets(tree.path("run").path("facets"), problems);
        facets(tree.path("job").path("facets"), problems);
        for (String side : new String[] {"inputs", "outputs"}) {
            for (JsonNode dataset : tree.path(side)) {
                facets(dataset.path("facets"), problems);
                facets(dataset.path("inputFacets"), problems);
                facets(dataset.path("outputFacets"), problems);
            }
        }
        return problems;
    }

    private static void facets(JsonNode facets, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = facets.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> facet = it.next();
            String schemaUrl = facet.getValue().path("_schemaURL").asText();
            if (schemaUrl.isEmpty()) {
                problems.add(facet.getKey() + " has no _schemaURL");
                continue;
            }
            // A facet's schema describes the facets object: {"<key>": facet}.
            String wrapped = "{\"" + facet.getKey() + "\":" + facet.getValue() + "}";
            String document = schemaUrl.substring(0, schemaUrl.indexOf('#') < 0 ? schemaUrl.length() : schemaUrl.indexOf('#'));
            check(document, wrapped, problems);
            check(schemaUrl, facet.getValue().toString(), problems);
        }
    }

    private static void check(String location, String json, List<String> problems) {
        for (Error error : REGISTRY.getSchema(SchemaLocation.of(location)).validate(json, InputFormat.JSON)) {
            problems.add(location + ": " + error);
        }
    }
}
