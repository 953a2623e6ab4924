package ovc.run.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void shortFormKeepsAboutThreeSignificantDigits() {
        assertThat(Numbers.short3(0.41234)).isEqualTo("0.412");
        assertThat(Numbers.short3(2.3456)).isEqualTo("2.35");
        assertThat(Numbers.short3(41.26)).isEqualTo("41.3");
        assertThat(Numbers.short3(412.6)).isEqualTo("413");
        assertThat(Numbers.short3(3257.4)).isEqualTo("3257");
        assertThat(Numbers.short3(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void signedShowsThePlusOfAnAddition() {
        assertThat(Numbers.signed(243.2)).isEqualTo("+243");
        assertThat(Numbers.signed(-0.5)).isEqualTo("-0.500");
        assertThat(Numbers.signed(0)).isEqualTo("+0.000");
    }

    @Test
    void targetsAreWrittenAsTheIssueWritesThem() {
        assertThat(Numbers.plain(5)).isEqualTo("5");
        assertThat(Numbers.plain(0.7)).isEqualTo("0.7");
        assertThat(Numbers.plain(1.0 / 20)).isEqualTo("0.05");
        assertThat(Numbers.plain(300)).isEqualTo("300");
    }

    @Test
    void throughputIsGroupedByThousands() {
        assertThat(Numbers.grouped(1_998_356.6)).isEqualTo("1,998,357");
    }

    @Test
    void ratiosCarryTheTimesSign() {
        assertThat(Numbers.ratio(0.2735)).isEqualTo("0.274×");
        assertThat(Numbers.ratio(12.93)).isEqualTo("12.9×");
        assertThat(Numbers.ratio(Double.NaN)).isEqualTo("n/a");
    }
}
