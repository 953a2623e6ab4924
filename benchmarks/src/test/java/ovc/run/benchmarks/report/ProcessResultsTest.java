package ovc.run.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessResultsTest {

    private final ProcessResults results = ProcessResults.parse(ResultsJson.allMet().processJson());

    @Test
    void givesTheMedianWallTimeOfAVariant() {
        // runs of 110, 60 and 59 ms: the slow one does not move the median
        assertThat(results.medianWallMs("plain")).isEqualTo(60.0);
    }

    @Test
    void givesThePeakRssInMebibytes() {
        assertThat(results.medianPeakRssMib("ovc-repeat")).isEqualTo(69.0);
    }

    @Test
    void keepsRunsAndLabels() {
        assertThat(results.runs()).isEqualTo(3);
        assertThat(results.label("otel")).isEqualTo("otel label");
    }

    @Test
    void anUnknownVariantIsAnError() {
        assertThatThrownBy(() -> results.medianWallMs("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain");
    }
}
