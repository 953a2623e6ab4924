package ovc.run.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import ovc.run.contracts.ContractValidator;

/**
 * {@link EvidenceGrammar} accepts exactly what {@code checks.schema.json}'s evidence pattern
 * accepts, checked with the schema validator on strings built to sit on the grammar's edges:
 * valid pointers, and near misses one token away from one.
 */
class EvidenceSchemaProperties {

    private static final ContractValidator SCHEMA = new ContractValidator();

    @Property(tries = 3000)
    void parserAndSchemaAgree(@ForAll("evidenceLike") String evidence) {
        boolean schema = SCHEMA.validateEvidence(evidence).isEmpty();
        assertThat(EvidenceGrammar.isValid(evidence)).as("parser on %s (schema says %s)", escaped(evidence), schema)
                .isEqualTo(schema);
        assertThat(EvidenceGrammar.parse(evidence) != null).as("parse on %s", escaped(evidence)).isEqualTo(schema);
    }

    @Property(tries = 1000)
    void everyWellFormedPointerIsAcceptedByBoth(@ForAll("wellFormed") String evidence) {
        assertThat(EvidenceGrammar.isValid(evidence)).as("parser on %s", escaped(evidence)).isTrue();
        assertThat(SCHEMA.validateEvidence(evidence)).as("schema on %s", escaped(evidence)).isEmpty();
    }

    @Example
    void parserAndSchemaAgreeOnTheEdges() {
        for (String evidence : List.of("run.log:line:1", "run.log:line:9999999999", "run.log:line:10000000000",
                "run.log:line:0", "run.log:line:01", "run.json:$.a[0]", "run.json:$.a[9999999999]",
                "run.json:$.a[10000000000]", "run.json:$.a[00]", "run.json:$[0]", "run.json:$.", "artifacts/a",
                "artifacts/.a", "artifacts/..a", "artifacts/a/..", "artifacts/./a", "artifacts", "artifacts/")) {
            assertThat(EvidenceGrammar.isValid(evidence)).as(evidence)
                    .isEqualTo(SCHEMA.validateEvidence(evidence).isEmpty());
        }
    }

    @Example
    void theIssuesExampleIsRefusedByBoth() {
        String bracketed = "run.json:$.outputs[0]['x']";
        assertThat(EvidenceGrammar.isValid(bracketed)).isFalse();
        assertThat(SCHEMA.validateEvidence(bracketed)).isNotEmpty();
    }

    @Example
    void controlCharactersInArtifactPathsAreRefusedByBoth() {
        for (String evidence : List.of("artifacts/a\u0000b", "artifacts/a\nb", "artifacts/a\u007fb", "artifacts/x\n")) {
            assertThat(EvidenceGrammar.isValid(evidence)).as(escaped(evidence)).isFalse();
            assertThat(SCHEMA.validateEvidence(evidence)).as(escaped(evidence)).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> evidenceLike() {
        Arbitrary<String> prefix = Arbitraries.of("run.log:line:", "run.json:$.", "artifacts/", "artifacts", "run.json:$",
                "run.json:", "run.log:", "run.log:line", "artifact/", "", "$.", "RUN.LOG:LINE:", "/artifacts/");
        Arbitrary<String> digits = Arbitraries.of("0", "1", "7", "42", "01", "9999999999", "12345678901", "99");
        Arbitrary<String> path = Arbitraries.of("a", "Z", "_", "x9", "9x", ".", "..", "[", "]", "[0]", "[01]", "[12]",
                "[9999999999]", "[10000000000]", "[-1]", "['x']", "/", "//", "/.", "/..", "rows_written", "outputs");
        Arbitrary<String> odd = Arbitraries.of("\\", "\u0000", "\u001f", "\u007f", "\n", "\r", " ", "\t", "é", "$",
                ":", "-", "'", "\u2028");
        Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(3, digits), Tuple.of(4, path), Tuple.of(1, odd));
        return Combinators.combine(prefix, token.list().ofMaxSize(5)).as((p, tokens) -> p + String.join("", tokens));
    }

    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> number = Arbitraries.longs().between(1, 9_999_999_999L).map(String::valueOf);
        Arbitrary<String> name = Arbitraries.strings().withChars("abcXYZ_").ofMinLength(1).ofMaxLength(4)
                .flatMap(head -> Arbitraries.strings().withChars("az09_").ofMaxLength(3).map(tail -> head + tail));
        Arbitrary<String> step = Arbitraries.oneOf(name.map(n -> "." + n),
                Arbitraries.longs().between(0, 9_999_999_999L).map(i -> "[" + i + "]"));
        Arbitrary<String> json = Combinators.combine(name, step.list().ofMaxSize(5))
                .as((first, steps) -> "run.json:$." + first + String.join("", steps));
        Arbitrary<String> segment = Arbitraries.strings().withChars("ab.-_ é1").ofMinLength(1).ofMaxLength(6)
                .filter(s -> !s.equals(".") && !s.equals(".."));
        Arbitrary<String> artifact = segment.list().ofMinSize(1).ofMaxSize(4).map(s -> "artifacts/" + String.join("/", s));
        return Arbitraries.oneOf(number.map(n -> "run.log:line:" + n), json, artifact);
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
