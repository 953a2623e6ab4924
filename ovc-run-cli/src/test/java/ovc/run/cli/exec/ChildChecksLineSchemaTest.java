package ovc.run.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * contracts/checks-line.schema.json is the line format of checks.jsonl, and ChildChecks accepts
 * exactly the lines it accepts (given evidence that resolves, which a schema cannot see).
 */
class ChildChecksLineSchemaTest {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    // The line schema names checks.schema.json by its $id; both travel in the api jar.
    private static final Schema LINE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://ovc.run/contracts/v0.1/",
                            "classpath:ovc/run/contracts/")))
            .getSchema(SchemaLocation.of("https://ovc.run/contracts/v0.1/checks-line.schema.json"));

    @TempDir
    Path tmp;

    private Path run;

    @BeforeEach
    void anArtifactAndTenLogLines() throws IOException {
        run = Files.createDirectories(tmp.resolve("run"));
        Files.createDirectories(run.resolve("artifacts"));
        Files.writeString(run.resolve("artifacts/load.json"), "{}");
    }

    private static boolean schemaAccepts(String line) {
        try {
            return LINE.validate(STRICT.readTree(line)).isEmpty();
        } catch (JacksonException notJson) {
            return false;
        }
    }

    private boolean childChecksAccepts(String line) {
        try {
            ChildChecks.parse(line, run, 10);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\": \"rows_loaded\", \"name\": \"Rows loaded\", \"status\": \"pass\", \"evidence\": [\"artifacts/load.json\"]}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"skip\"}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"fail\",\"evidence\":null}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"evidence\":[]}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"evidence\":[\"run.log:line:10\",\"run.json:$.outputs[0].x\"]}",
        "{\"status\":\"pass\",\"name\":\"\u00e9 \\u00fc\",\"id\":\"x9_y\"}",
    })
    void goodLinesAreAcceptedByBoth(String line) {
        assertThat(schemaAccepts(line)).as("schema").isTrue();
        assertThat(childChecksAccepts(line)).as("ChildChecks").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"Rows\",\"name\":\"A\",\"status\":\"pass\"}",
        "{\"id\":\"a_\",\"name\":\"A\",\"status\":\"pass\"}",
        "{\"id\":\"a\",\"name\":\"\",\"status\":\"pass\"}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"PASS\"}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"extra\":1}",
        "{\"id\":\"a\",\"name\":\"A\"}",
        "{\"name\":\"A\",\"status\":\"pass\"}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"evidence\":\"run.log:line:1\"}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"evidence\":[1]}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"evidence\":[null]}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"evidence\":[\"run.json:$.outputs[0]['x']\"]}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"evidence\":[\"artifacts/../load.json\"]}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"evidence\":[\"run.log:line:0\"]}",
        "{\"id\":1,\"name\":\"A\",\"status\":\"pass\"}",
        "{\"id\":\"a\",\"name\":null,\"status\":\"pass\"}",
        "{\"id\":\"a\",\"id\":\"b\",\"name\":\"A\",\"status\":\"pass\"}",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\"} trailing",
        "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\"}{\"id\":\"b\",\"name\":\"B\",\"status\":\"pass\"}",
        "[1, 2]",
        "\"text\"",
        "null",
        "not json",
    })
    void badLinesAreRefusedByBoth(String line) {
        assertThat(schemaAccepts(line)).as("schema").isFalse();
        assertThat(childChecksAccepts(line)).as("ChildChecks").isFalse();
    }

    @Test
    void evidenceThatResolvesToNothingIsRefusedBeyondWhatTheSchemaCanSay() throws IOException {
        Files.writeString(run.getParent().resolve("outside.json"), "{}");
        Files.createSymbolicLink(run.resolve("artifacts/link.json"), run.getParent().resolve("outside.json"));
        for (String evidence : new String[] {"artifacts/missing.json", "artifacts/link.json", "run.log:line:11"}) {
            String line = "{\"id\":\"a\",\"name\":\"A\",\"status\":\"pass\",\"evidence\":[\"" + evidence + "\"]}";
            assertThat(schemaAccepts(line)).as(evidence).isTrue();
            assertThatThrownBy(() -> ChildChecks.parse(line, run, 10)).as(evidence)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(evidence);
        }
    }
}
