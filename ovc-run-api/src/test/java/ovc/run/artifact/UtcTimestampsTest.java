package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * The hand-computed calendar date is LocalDate's over LocalDate's whole range (negative years,
     * years beyond 9999), compared with the LocalDate-based formatting it replaced.
     */
    @Property(tries = 5000)
    void datesAgreeWithLocalDate(@ForAll @LongRange(min = -365_243_219_162L, max = 365_241_780_471L) long epochDay,
            @ForAll @LongRange(min = 0, max = 86_399) long secondOfDay) {
        Instant instant = Instant.ofEpochSecond(epochDay * 86_400 + secondOfDay);
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String expected = pad(date.getYear(), 4) + "-" + pad(date.getMonthValue(), 2) + "-" + pad(date.getDayOfMonth(), 2)
                + "T" + pad((int) secondOfDay / 3600, 2) + ":" + pad((int) secondOfDay / 60 % 60, 2) + ":"
                + pad((int) secondOfDay % 60, 2) + "Z";
        assertThat(UtcTimestamps.seconds(instant)).isEqualTo(expected);
    }

    @Test
    void leapDaysAndCenturies() {
        for (String day : new String[] {"2000-02-29", "2000-03-01", "1900-02-28", "1900-03-01", "2024-02-29",
            "2100-03-01", "1970-01-01", "1969-12-31", "0000-01-01", "0000-02-29", "9999-12-31"}) {
            Instant instant = Instant.ofEpochSecond(LocalDate.parse(day).toEpochDay() * 86_400 + 3723);
            assertThat(UtcTimestamps.seconds(instant)).isEqualTo(day + "T01:02:03Z");
        }
    }

    /** What the LocalDate-based formatting wrote: at least {@code width} digits, zeros in front. */
    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
