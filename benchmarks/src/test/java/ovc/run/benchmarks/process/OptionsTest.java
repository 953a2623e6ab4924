package ovc.run.benchmarks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void readsNameValuePairs() {
        Options options = Options.parse("--runs", "15", "--cpu", " AMD EPYC 7B13");

        assertThat(options.require("runs")).isEqualTo("15");
        assertThat(options.get("cpu", "?")).isEqualTo(" AMD EPYC 7B13");
        assertThat(options.get("warmup", "2")).isEqualTo("2");
    }

    @Test
    void aMissingRequiredOptionIsNamed() {
        assertThatThrownBy(() -> Options.parse().require("out")).hasMessage("missing option --out");
    }

    @Test
    void aValueWithoutItsNameIsRejected() {
        assertThatThrownBy(() -> Options.parse("--runs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Options.parse("runs", "15")).isInstanceOf(IllegalArgumentException.class);
    }
}
