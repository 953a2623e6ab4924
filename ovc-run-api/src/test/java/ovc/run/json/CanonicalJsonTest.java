package ovc.run.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

    @Test
    void writesPythonIndentSortedKeysAndTrailingNewline() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("b", List.of(1, "two"));
        tree.put("a", Map.of("y", true, "x", Arrays.asList((Object) null)));
        tree.put("c", List.of());
        tree.put("d", Map.of());

        assertThat(CanonicalJson.write(tree)).isEqualTo("""
                {
                  "a": {
                    "x": [
                      null
                    ],
                    "y": true
                  },
                  "b": [
                    1,
                    "two"
                  ],
                  "c": [],
                  "d": {}
                }
                """);
    }

    @Test
    void escapesLikeEnsureAscii() {
        String text = "quote\" back\\ nl\n tab\t cr\r bs\b ff\f unit\u001f del\u007f é € 😀 /";
        assertThat(CanonicalJson.write(text)).isEqualTo(
                "\"quote\\\" back\\\\ nl\\n tab\\t cr\\r bs\\b ff\\f unit\\u001f del\\u007f"
                        + " \\u00e9 \\u20ac \\ud83d\\ude00 /\"\n");
    }

    @Test
    void sortsKeysByCodePointAsPythonDoes() {
        // U+FF21 sorts after U+1F600 in UTF-16 order but before it by code point.
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("\ud83d\ude00", 1);
        tree.put("\uff21", 2);
        tree.put("B", 3);
        tree.put("a", 4);
        assertThat(CanonicalJson.write(tree))
                .isEqualTo("{\n  \"B\": 3,\n  \"a\": 4,\n  \"\\uff21\": 2,\n  \"\\ud83d\\ude00\": 1\n}\n");
    }

    @ParameterizedTest
    @CsvSource({
        "1.5, 1.5",
        "100.0, 100.0",
        "0.0001, 0.0001",
        "0.00001, 1e-05",
        "1.0E16, 1e+16",
        "123456789012345.6, 123456789012345.6",
        "1.2345E-7, 1.2345e-07",
        "-2.5, -2.5",
        "-0.0, -0.0",
        "0.1, 0.1",
        "1.0E-10, 1e-10",
        "1.0E100, 1e+100",
        "4.9E-324, 5e-324",
        "1.7976931348623157E308, 1.7976931348623157e+308",
    })
    void writesFloatsAsPythonRepr(double value, String expected) {
        assertThat(CanonicalJson.write(value)).isEqualTo(expected + "\n");
    }

    @Test
    void writesIntegersOfAnySize() {
        assertThat(CanonicalJson.write(List.of(Long.MAX_VALUE, new BigInteger("123456789012345678901234567890"))))
                .isEqualTo("[\n  9223372036854775807,\n  123456789012345678901234567890\n]\n");
    }

    @Test
    void writesNullMapValues() {
        Map<String, Object> tree = new java.util.HashMap<>();
        tree.put("missing", null);
        assertThat(CanonicalJson.write(tree)).isEqualTo("{\n  \"missing\": null\n}\n");
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThatThrownBy(() -> CanonicalJson.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keys must be strings");
    }
}
