package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UtcTimestampsTest {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Test
    void theThreeForms() {
        Instant instant = Instant.parse("2026-01-19T06:15:12.007Z");
        assertThat(UtcTimestamps.seconds(instant)).isEqualTo("2026-01-19T06:15:12Z");
        assertThat(UtcTimestamps.millis(instant)).isEqualTo("2026-01-19T06:15:12.007Z");
        assertThat(UtcTimestamps.compact(instant)).isEqualTo("20260119T061512Z");
    }

    /** The hand-written formatting agrees with java.time's for any moment from 1970 to 9999. */
    @Property(tries = 2000)
    void agreesWithDateTimeFormatter(@ForAll @LongRange(min = 0, max = 253_402_300_799_999L) long epochMilli) {
        Instant instant = Instant.ofEpochMilli(epochMilli);
        assertThat(UtcTimestamps.seconds(instant)).isEqualTo(SECONDS.format(instant));
        assertThat(UtcTimestamps.millis(instant)).isEqualTo(MILLIS.format(instant));
        assertThat(UtcTimestamps.compact(instant)).isEqualTo(COMPACT.format(instant));
    }
}
