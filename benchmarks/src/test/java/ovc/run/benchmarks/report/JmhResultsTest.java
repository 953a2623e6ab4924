package ovc.run.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JmhResultsTest {

    private final JmhResults results = JmhResults.parse(ResultsJson.allMet().jmhJson());

    @Test
    void namesAResultByClassAndMethod() {
        Score input = results.get("FacadeOutsideRunBenchmark.input");

        assertThat(input.value()).isEqualTo(5.9);
        assertThat(input.unit()).isEqualTo("ns/op");
        assertThat(input.allocationBytesPerOp()).isEqualTo(0.0001);
    }

    @Test
    void namesAParameterisedResultWithItsParameters() {
        assertThat(results.get("FinishRunBenchmark.finish:records=10000").value()).isEqualTo(49.0);
        assertThat(results.names()).contains("FinishRunBenchmark.finish:records=100000");
    }

    @Test
    void readsJmhsNotANumberErrorAsNaN() {
        Score input = results.get("FacadeOutsideRunBenchmark.input");

        assertThat(input.error()).isNaN();
        assertThat(input.withError()).isEqualTo("5.90");
    }

    @Test
    void showsAKnownErrorBesideTheScore() {
        assertThat(new Score(2.345, 0.1, "ns/op", 0).withError()).isEqualTo("2.35 ± 0.100");
    }

    @Test
    void aMissingResultNamesWhatThereIs() {
        assertThatThrownBy(() -> results.get("NoSuchBenchmark.run"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchBenchmark.run")
                .hasMessageContaining("FacadeOutsideRunBenchmark.input");
    }

    @Test
    void keepsTheJvmAndTheDistinctSettings() {
        assertThat(results.jvm()).isEqualTo("OpenJDK 64-Bit Server VM 17.0.15+6");
        assertThat(results.settings()).containsExactly(
                "avgt: forks 1, warm-up 3 × 1 s, measurement 5 × 1 s",
                "single shot: forks 1, 3 warm-up + 5 measured invocations",
                "thrpt: forks 1, warm-up 3 × 1 s, measurement 5 × 1 s");
    }
}
