package ovc.run.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The escaped forms of a JSON string's text, as Jackson and Python write them. */
class JsonEscapesTest {

    private static final String TEXT = "a\"b\\c\nd\re\tf\bg\fh\u0001i\u001fj\u007fk\u00e9l\ud83d\ude00";

    @Test
    void namedEscapesAndControlsAlwaysNonAsciiOnlyWhenAsked() {
        assertThat(JsonEscapes.escaped(TEXT, false, true))
                .isEqualTo("a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001Fj\u007fk\u00e9l\ud83d\ude00");
        assertThat(JsonEscapes.escaped(TEXT, true, false))
                .isEqualTo("a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001fj\\u007fk\\u00e9l\\ud83d\\ude00");
        assertThat(JsonEscapes.escaped(TEXT, true, true)).endsWith("\\u001Fj\\u007Fk\\u00E9l\\uD83D\\uDE00");
    }

    @Test
    void appendWritesAfterWhatIsThere() {
        StringBuilder out = new StringBuilder("x=");
        JsonEscapes.append(out, "\"", false, false);
        assertThat(out).hasToString("x=\\\"");
    }
}
