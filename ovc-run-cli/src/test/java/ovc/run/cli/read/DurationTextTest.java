package ovc.run.cli.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Durations in seconds are printed as {@code "%.1f s"} printed them, without a Formatter per call. */
class DurationTextTest {

    @Test
    void everyMillisecondCountUnderAMinuteReadsAsFormatterRoundsIt() {
        for (long ms = 1000; ms < 60_000; ms++) {
            assertThat(DurationText.of(ms)).as("%d ms", ms).isEqualTo(String.format(Locale.ROOT, "%.1f s", ms / 1000.0));
        }
    }

    @Test
    void otherRangesKeepTheirForms() {
        assertThat(DurationText.of(850L)).isEqualTo("850 ms");
        assertThat(DurationText.of(185_000L)).isEqualTo("3 min 05 s");
        assertThat(DurationText.of(7_260_000L)).isEqualTo("2 h 01 min");
        assertThat(DurationText.of(null)).isNull();
    }
}
