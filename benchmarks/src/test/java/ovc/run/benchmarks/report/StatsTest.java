package ovc.run.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
        assertThat(Stats.median(List.of(300.0, 52.0, 61.0, 3400.0, 58.0))).isEqualTo(61.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Stats.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
    }

    @Test
    void medianOfOneValueIsThatValue() {
        assertThat(Stats.median(List.of(7L))).isEqualTo(7.0);
    }

    @Test
    void medianIsNotPulledByOneOutlier() {
        assertThat(Stats.median(List.of(60.0, 61.0, 62.0, 63.0, 9_000.0))).isEqualTo(62.0);
    }

    @Test
    void medianOfNothingIsAnError() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void interquartileRangeIsTheDistanceBetweenTheMediansOfEachHalf() {
        assertThat(Stats.interquartileRange(List.of(8, 1, 7, 2, 6, 3, 5, 4))).isEqualTo(6.5 - 2.5);
        // An odd count leaves its middle value out of both halves.
        assertThat(Stats.interquartileRange(List.of(7, 1, 6, 2, 5, 3, 4))).isEqualTo(6.0 - 2.0);
    }

    @Test
    void interquartileRangeIsNotPulledByOneOutlier() {
        assertThat(Stats.interquartileRange(List.of(60.0, 61.0, 62.0, 63.0, 64.0, 9_000.0))).isEqualTo(64.0 - 61.0);
    }

    @Test
    void interquartileRangeOfOneValueIsZero() {
        assertThat(Stats.interquartileRange(List.of(7.0))).isZero();
    }

    @Test
    void ratioDividesMeasuredByBaseline() {
        assertThat(Stats.ratio(546_516, 1_998_357)).isCloseTo(0.2735, org.assertj.core.data.Offset.offset(0.0001));
    }

    @Test
    void ratioToAZeroOrMissingBaselineIsNotANumber() {
        assertThat(Stats.ratio(5, 0)).isNaN();
        assertThat(Stats.ratio(Double.NaN, 2)).isNaN();
        assertThat(Stats.ratio(2, Double.NaN)).isNaN();
    }
}
