package ovc.run.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ovc.run.artifact.UtcTimestamps;
import org.junit.jupiter.api.Test;

/** The run_id rule agrees with the contract's schema (its pattern and maxLength), the reference. */
class RunIdTest {

    private static final JsonNode RUN_ID_SCHEMA = schema().get("$defs").get("run_id");
    private static final Pattern PATTERN = Pattern.compile(RUN_ID_SCHEMA.get("pattern").asText());
    private static final int MAX_LENGTH = RUN_ID_SCHEMA.get("maxLength").asInt();

    private static JsonNode schema() {
        try {
            return new ObjectMapper().readTree(Path.of("..", "contracts", "run.schema.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void makesTheSpecsExampleAndParsesItBack() {
        String id = RunId.of(UtcTimestamps.compact(Instant.parse("2026-01-19T06:15:12Z")), "P2-Backfill", "a1b2c3d");

        assertThat(id).isEqualTo("20260119T061512Z__P2-Backfill__a1b2c3d");
        RunId parsed = RunId.parse(id);
        assertThat(parsed.time()).isEqualTo("20260119T061512Z");
        assertThat(parsed.pipelineId()).isEqualTo("P2-Backfill");
        assertThat(parsed.sha7()).isEqualTo("a1b2c3d");
        assertThat(parsed.toString()).isEqualTo(id);
    }

    @Test
    void theLimitsAreTheSchemas() {
        assertThat(RunId.MAX_LENGTH).isEqualTo(MAX_LENGTH);
        String longest = "20260119T061512Z__" + "P".repeat(RunId.MAX_PIPELINE_ID_LENGTH) + "__" + RunId.NO_SHA7;
        assertThat(RunId.isValid(longest)).isTrue();
        assertThat(longest).hasSize(MAX_LENGTH);
        assertThat(RunId.isValid("20260119T061512Z__" + "P".repeat(RunId.MAX_PIPELINE_ID_LENGTH + 1) + "__0000000"))
                .isFalse();
        assertThat(RunId.isPipelineId("P".repeat(64))).isTrue();
        assertThat(RunId.isPipelineId("P".repeat(65))).isFalse();
    }

    @Test
    void refusesNearMisses() {
        for (String bad : new String[] {"", "20260119T061512Z__P2__a1b2c3", "20260119T061512Z__P2__A1B2C3D",
                "20260119T061512Z_P2__a1b2c3d", "20260119X061512Z__P2__a1b2c3d", "2026011T0615120Z__P2__a1b2c3d",
                "20260119T061512Z____a1b2c3d", "20260119T061512Z__P_2__a1b2c3d", "20260119T061512Z__P2__a1b2c3dd"}) {
            assertThat(RunId.parse(bad)).as(bad).isNull();
            assertThat(PATTERN.matcher(bad).matches() && bad.length() <= MAX_LENGTH).as(bad).isFalse();
        }
        assertThat(RunId.parse(null)).isNull();
    }

    @Property(tries = 5000)
    void acceptsExactlyWhatTheSchemaAccepts(@ForAll("runIdLike") String text) {
        boolean schema = PATTERN.matcher(text).matches() && text.length() <= MAX_LENGTH;
        assertThat(RunId.isValid(text)).as(text).isEqualTo(schema);
    }

    /** Strings built from run_id parts, some right and some slightly wrong, so both answers occur often. */
    @Provide
    Arbitrary<String> runIdLike() {
        Arbitrary<String> time = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(8)
                .map(date -> date + "T061512Z"), Arbitraries.strings().withChars("0123456789TZx").ofMinLength(14).ofMaxLength(18));
        Arbitrary<String> separator = Arbitraries.of("__", "_", "___", "-");
        Arbitrary<String> pipeline = Arbitraries.strings().withChars("aZ09-_.").ofMinLength(0).ofMaxLength(70);
        Arbitrary<String> sha = Arbitraries.strings().withChars("0123456789abcdefA").ofMinLength(6).ofMaxLength(8);
        return net.jqwik.api.Combinators.combine(time, separator, pipeline, separator, sha)
                .as((t, s1, p, s2, h) -> t + s1 + p + s2 + h);
    }
}
