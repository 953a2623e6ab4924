package ovc.run.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceGrammarTest {

    @Test
    void aLogLineKeepsItsNumber() {
        EvidencePointer pointer = EvidenceGrammar.parse("run.log:line:9999999999");
        assertThat(pointer.kind()).isEqualTo(EvidencePointer.Kind.LOG_LINE);
        assertThat(pointer.line()).isEqualTo(9_999_999_999L);
        assertThat(pointer.stepCount()).isZero();
        assertThat(pointer.artifactPath()).isNull();
    }

    @Test
    void aRunJsonPathIsItsMemberAndIndexSteps() {
        EvidencePointer pointer = EvidenceGrammar.parse("run.json:$.outputs[12].extra.rows_2");
        assertThat(pointer.kind()).isEqualTo(EvidencePointer.Kind.RUN_JSON);
        assertThat(pointer.stepCount()).isEqualTo(4);
        assertThat(pointer.member(0)).isEqualTo("outputs");
        assertThat(pointer.isIndex(1)).isTrue();
        assertThat(pointer.index(1)).isEqualTo(12);
        assertThat(pointer.member(2)).isEqualTo("extra");
        assertThat(pointer.member(3)).isEqualTo("rows_2");
    }

    @Test
    void anArtifactKeepsItsPathInTheFolder() {
        EvidencePointer pointer = EvidenceGrammar.parse("artifacts/plots/day 1.png");
        assertThat(pointer.kind()).isEqualTo(EvidencePointer.Kind.ARTIFACT);
        assertThat(pointer.artifactPath()).isEqualTo("artifacts/plots/day 1.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run.log:line:10000000000", "run.json:$.outputs[10000000000]", "run.json:$[0]",
        "run.json:$.outputs[0]['x']", "run.json:$.outputs.[0]", "run.json:$.a.", "run.json:$.1a", "artifacts",
        "artifacts/a/", "artifacts/..", "artifacts/a\tb", "artifacts/a\u007f", "run.log:line:1 "})
    void refusesTheEdges(String evidence) {
        assertThat(EvidenceGrammar.parse(evidence)).isNull();
    }
}
