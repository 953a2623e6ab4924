package ovc.run.cli.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Values of the wrong type in a hand-edited file print as they did before the CLI read with Jackson 3, and never throw. */
class NodeTextTest {

    private static final JsonNode VALUES = JsonMapper.builder().build()
            .readTree("{\"s\":\"x\",\"n\":12,\"d\":1.5,\"b\":true,\"z\":null,\"o\":{\"k\":1},\"a\":[1]}");

    @Test
    void aScalarIsItsTextAContainerIsEmptyANullIsTheWordNull() {
        assertThat(NodeText.of(VALUES.get("s"))).isEqualTo("x");
        assertThat(NodeText.of(VALUES.get("n"))).isEqualTo("12");
        assertThat(NodeText.of(VALUES.get("d"))).isEqualTo("1.5");
        assertThat(NodeText.of(VALUES.get("b"))).isEqualTo("true");
        assertThat(NodeText.of(VALUES.get("z"))).isEqualTo("null");
        assertThat(NodeText.of(VALUES.get("o"))).isEmpty();
        assertThat(NodeText.of(VALUES.get("a"))).isEmpty();
        assertThat(NodeText.of(VALUES.path("absent"))).isEmpty();
    }

    @Test
    void anAbsentValueOrANullGivesTheFallbackAContainerStillGivesEmpty() {
        assertThat(NodeText.orElse(VALUES.path("absent"), "?")).isEqualTo("?");
        assertThat(NodeText.orElse(VALUES.get("z"), null)).isNull();
        assertThat(NodeText.orElse(VALUES.get("o"), "?")).isEmpty();
        assertThat(NodeText.orElse(VALUES.get("n"), "?")).isEqualTo("12");
    }
}
