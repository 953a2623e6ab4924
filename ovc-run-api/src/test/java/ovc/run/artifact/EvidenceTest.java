package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "run.json:$.outputs[0].rows_written",
        "run.json:$.env.missing",
        "run.log:line:1",
        "run.log:line:42",
        "artifacts/validation_report.json",
        "artifacts/plots/day-1.png",
    })
    void acceptsTheThreeForms(String evidence) {
        assertThat(Evidence.isValid(evidence)).isTrue();
        assertThat(Evidence.require(evidence)).isEqualTo(evidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rows=12",
        "run.json:outputs[0]",
        "run.json:$.",
        "run.json:$.a b",
        "run.log:line:0",
        "run.log:line:01",
        "run.log:line:",
        "run.log:line:x",
        "run.log:42",
        "artifacts/",
        "artifacts//x",
        "artifacts/../secrets",
        "artifacts/a/../../b",
        "artifacts/./x",
        "artifacts/a\\b",
        "/etc/passwd",
        "",
    })
    void refusesEverythingElseNamingTheForms(String evidence) {
        assertThat(Evidence.isValid(evidence)).isFalse();
        assertThatThrownBy(() -> Evidence.require(evidence))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + evidence + "'")
                .hasMessageContaining("run.json:$.<path>")
                .hasMessageContaining("run.log:line:<n>")
                .hasMessageContaining("artifacts/<relative path>");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void logLineRefusesNumbersBelowOne(int line) {
        assertThatThrownBy(() -> Evidence.logLine(line)).isInstanceOf(IllegalArgumentException.class);
    }
}
