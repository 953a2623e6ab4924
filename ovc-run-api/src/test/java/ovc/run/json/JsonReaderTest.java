package ovc.run.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private static final JsonReader READER = JsonReader.standard();

    @Test
    void readsEveryKindOfValueInTheTextsKeyOrder() {
        Object tree = READER.read(" {\"z\": [1, -2, 2.5, 1e3, -0.0], \"a\": {\"t\": true, \"f\": false, \"n\": null},"
                + " \"s\": \"caf\\u00e9 \\\"q\\\" \\\\ \\/ \\n\\r\\t\\b\\f \\ud83d\\ude00\", \"e\": {}, \"l\": []}\n");

        Map<String, Object> a = new LinkedHashMap<>();
        a.put("t", true);
        a.put("f", false);
        a.put("n", null);
        assertThat(tree).isEqualTo(Map.of("z", List.of(1L, -2L, 2.5, 1000.0, -0.0), "a", a,
                "s", "caf\u00e9 \"q\" \\ / \n\r\t\b\f \ud83d\ude00", "e", Map.of(), "l", List.of()));
        assertThat(new ArrayList<Object>(((Map<?, ?>) tree).keySet())).containsExactly("z", "a", "s", "e", "l");
    }

    @Test
    void readsIntegersAsLongAndBeyondAsBigInteger() {
        assertThat(READER.read("[9223372036854775807, -9223372036854775808, 9223372036854775808, 123456789012345678]"))
                .isEqualTo(List.of(Long.MAX_VALUE, Long.MIN_VALUE, new BigInteger("9223372036854775808"),
                        123456789012345678L));
    }

    @Test
    void readsBackWhatTheCanonicalWriterWrites() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", List.of());
        inner.put("a", Map.of());
        inner.put("\uffff", 1L);
        inner.put("\ud83d\ude00", -2L);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "caf\u00e9 \"quoted\" back\\slash /slash \n\r\t\b\f \u0001 \u007f \ud83d\ude00");
        tree.put("list", Arrays.asList("b", "a", true, false, inner, 0.1, null));
        tree.put("Upper", "sorted before lower");

        String text = CanonicalJson.write(tree);
        assertThat(READER.read(text)).isEqualTo(tree);
        assertThat(CanonicalJson.write(READER.read(text))).isEqualTo(text);
    }

    @Test
    void laterDuplicateKeyWinsUnlessAskedToReject() {
        assertThat(READER.read("{\"id\": 1, \"id\": 2}")).isEqualTo(Map.of("id", 2L));

        assertThatThrownBy(() -> READER.rejectingDuplicateKeys().read("{\"id\": \"a\",\n  \"name\": {\"id\": 1}, \"id\": \"b\"}"))
                .isInstanceOf(JsonSyntaxException.class)
                .hasMessage("duplicate key \"id\" at line 2, column 22");
        assertThat(READER.rejectingDuplicateKeys().read("{\"id\": {\"id\": 1}}")).isEqualTo(Map.of("id", Map.of("id", 1L)));
    }

    @Test
    void refusesNestingBeyondTheLimit() {
        String deep = "[".repeat(4) + "]".repeat(4);
        assertThat(READER.withMaxDepth(4).read(deep)).isEqualTo(List.of(List.of(List.of(List.of()))));
        assertThatThrownBy(() -> READER.withMaxDepth(3).read(deep)).isInstanceOf(JsonSyntaxException.class)
                .hasMessage("nested deeper than 3 levels at line 1, column 4");
        String tooDeep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertThatThrownBy(() -> READER.read(tooDeep)).isInstanceOf(JsonSyntaxException.class)
                .hasMessageStartingWith("nested deeper than " + JsonReader.DEFAULT_MAX_DEPTH + " levels");
        assertThatThrownBy(() -> READER.withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatStrictJsonRefusesSayingWhereAndWhat() {
        assertProblem("{} x",
                "expected the end of the input after the value at line 1, column 4");
        assertProblem("",
                "expected a value, found the end of the input at line 1, column 1");
        assertProblem("[1,]",
                "expected a value, found ']' at line 1, column 4");
        assertProblem("{\"a\": 1,}",
                "expected a string key, found '}' at line 1, column 9");
        assertProblem("{'a': 1}",
                "expected a string key, found ''' at line 1, column 2");
        assertProblem("{\"a\" 1}",
                "expected ':', found '1' at line 1, column 6");
        assertProblem("[1 2]",
                "expected ',' or ']', found '2' at line 1, column 4");
        assertProblem("{\"a\": 1 \"b\": 2}",
                "expected ',' or '}', found '\"' at line 1, column 9");
        assertProblem("01",
                "a number must not have a leading zero at line 1, column 2");
        assertProblem("-",
                "expected a digit, found the end of the input at line 1, column 2");
        assertProblem("1.",
                "expected a digit after the decimal point, found the end of the input at line 1, column 3");
        assertProblem("1e+",
                "expected a digit in the exponent, found the end of the input at line 1, column 4");
        assertProblem("1e400",
                "the number 1e400 is too large for a double at line 1, column 1");
        assertProblem("NaN",
                "expected a value, found 'N' at line 1, column 1");
        assertProblem("tru",
                "expected a value, found 't' at line 1, column 1");
        assertProblem("\"a\\x\"",
                "invalid escape '\\x' at line 1, column 4");
        assertProblem("\"\\u12g4\"",
                "expected four hex digits after \\u at line 1, column 6");
        assertProblem("\"open",
                "expected the closing '\"' of a string, found the end of the input at line 1, column 6");
        assertProblem("// c",
                "expected a value, found '/' at line 1, column 1");
    }

    private static void assertProblem(String text, String message) {
        assertThatThrownBy(() -> READER.read(text)).as(text).isInstanceOf(JsonSyntaxException.class).hasMessage(message);
    }

    @Test
    void refusesRawControlCharactersInStringsOnTheirLine() {
        JsonSyntaxException problem = (JsonSyntaxException) catchProblem("{\n  \"a\": \"tab\there\"\n}");
        assertThat(problem).hasMessage("control character U+0009 in a string must be escaped at line 2, column 12");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(12);
    }

    @Test
    void readObjectRefusesAnyOtherValue() {
        assertThat(READER.readObject("{\"a\": 1}")).containsEntry("a", 1L);
        assertThatThrownBy(() -> READER.readObject("[1]")).isInstanceOf(JsonSyntaxException.class)
                .hasMessage("expected a JSON object, found an array at line 1, column 1");
    }

    @Test
    void readsLongStringsAndManyValues() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(Map.of("id", "check_" + i, "n", (long) i));
        }
        String text = CanonicalJson.write(many);
        assertThat(READER.read(text)).isEqualTo(many);
    }

    private static Throwable catchProblem(String text) {
        try {
            READER.read(text);
        } catch (JsonSyntaxException e) {
            return e;
        }
        throw new AssertionError("no problem found in " + text);
    }
}
