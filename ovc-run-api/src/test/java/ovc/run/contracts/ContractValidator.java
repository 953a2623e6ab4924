package ovc.run.contracts;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks run artifacts against the v0.1 run folder contract ({@code contracts/} at the repository root).
 *
 * <p>{@link #validateRun} and {@link #validateChecks} apply the JSON Schemas shipped in the api jar.
 * Each returns one human-readable message per violation and an empty list when the file conforms,
 * so a failing test shows every violation at once. The rules that span a folder's files live with
 * {@code ovc-run validate} (ovc-run-cli), which is where they are tested.
 *
 * <p>Instances are immutable and safe to share between tests.
 */
public final class ContractValidator {

    /** Classpath location of the run.json schema. */
    public static final String RUN_SCHEMA = "/ovc/run/contracts/run.schema.json";

    /** Classpath location of the checks.json schema. */
    public static final String CHECKS_SCHEMA = "/ovc/run/contracts/checks.schema.json";

    // Duplicate keys would otherwise be silently collapsed (last one wins), hiding a writer bug.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();


    private final Schema runSchema;
    private final Schema checksSchema;
    private final Schema evidenceSchema;
    private final SchemaRegistry registry;
    private final java.util.Map<String, Schema> parts = new java.util.concurrent.ConcurrentHashMap<>();

    /** Loads both schemas from the classpath; fails fast if the api jar's resources are missing. */
    public ContractValidator() {
        // Draft 2020-12 treats "format" as an annotation only; asserting it also rejects impossible
        // timestamps such as 2026-02-30T00:00:00Z, which the pattern alone lets through.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        this.runSchema = load(registry, RUN_SCHEMA);
        this.checksSchema = load(registry, CHECKS_SCHEMA);
        this.registry = registry;
        this.evidenceSchema = part(registry, CHECKS_SCHEMA, "/$defs/evidence");
    }

    /**
     * Validates one evidence string against {@code checks.schema.json#/$defs/evidence}.
     *
     * @return one message per violation; empty if the string is valid evidence
     */
    public List<String> validateEvidence(String evidence) {
        return validate(evidenceSchema, JSON.getNodeFactory().stringNode(evidence));
    }

    /**
     * Validates one string against the part of a contract schema at {@code pointer}, e.g.
     * {@code ("/ovc/run/contracts/run.schema.json", "/$defs/pipeline_id")}.
     *
     * @return one message per violation; empty if the string is valid there
     */
    public List<String> validateString(String resource, String pointer, String value) {
        Schema schema = parts.computeIfAbsent(resource + "#" + pointer, key -> part(registry, resource, pointer));
        return validate(schema, JSON.getNodeFactory().stringNode(value));
    }

    private static List<String> validate(Schema schema, JsonNode value) {
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(value)) {
            messages.add(error.toString());
        }
        return messages;
    }

    /** The part of a schema at {@code pointer}, as a schema of its own (its {@code #/$defs/...} references kept). */
    private static Schema part(SchemaRegistry registry, String resource, String pointer) {
        try (InputStream in = ContractValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Schema " + resource + " is not on the classpath");
            }
            tools.jackson.databind.node.ObjectNode schema = (tools.jackson.databind.node.ObjectNode) JSON.readTree(in);
            schema.retain("$schema", "$defs", "properties");
            schema.put("$ref", "#" + pointer);
            return registry.getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates one run.json against {@code run.schema.json}.
     *
     * @return one message per violation, each naming the file and the JSON location; empty if valid
     */
    public List<String> validateRun(Path runJson) {
        return validate(runSchema, runJson);
    }

    /**
     * Validates one checks.json against {@code checks.schema.json}.
     *
     * @return one message per violation, each naming the file and the JSON location; empty if valid
     */
    public List<String> validateChecks(Path checksJson) {
        return validate(checksSchema, checksJson);
    }

    private static Schema load(SchemaRegistry registry, String resource) {
        try (InputStream in = ContractValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Schema " + resource + " is not on the classpath; the ovc-run-api"
                        + " build copies ../contracts/*.schema.json there, so run the build, not a bare compile");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> validate(Schema schema, Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of(file + ": missing");
        }
        JsonNode document;
        try {
            document = read(file);
        } catch (JacksonException e) {
            return List.of(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        List<String> messages = new ArrayList<>();
        for (Error error : schema.validate(document)) {
            messages.add(file + ": " + error);
        }
        return messages;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file, UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
