package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Durations in seconds are printed as {@code "%.1f s"} printed them, without a Formatter per call. */
class TableDurationTest {

    @Test
    void everyMillisecondCountUnderAMinuteReadsAsFormatterRoundsIt() {
        for (long ms = 1000; ms < 60_000; ms++) {
            assertThat(Table.duration(ms)).as("%d ms", ms).isEqualTo(String.format(Locale.ROOT, "%.1f s", ms / 1000.0));
        }
    }

    @Test
    void otherRangesKeepTheirForms() {
        assertThat(Table.duration(850L)).isEqualTo("850 ms");
        assertThat(Table.duration(185_000L)).isEqualTo("3 min 05 s");
        assertThat(Table.duration(7_260_000L)).isEqualTo("2 h 01 min");
        assertThat(Table.duration(null)).isNull();
    }
}
