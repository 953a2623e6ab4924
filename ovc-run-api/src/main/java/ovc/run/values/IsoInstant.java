package ovc.run.values;

import java.time.Instant;
import ovc.run.artifact.UtcTimestamps;

/**
 * {@code Instant.toString()} without {@code DateTimeFormatter}: that method formats through
 * {@code DateTimeFormatter.ISO_INSTANT}, whose first use loads the java.time.format machinery
 * (milliseconds) while a pipeline method is entered. Years 0000 to 9999 are written by hand, the
 * rare others by {@code toString()}.
 */
final class IsoInstant {

    private static final long FIRST_SECOND_OF_YEAR_0 = -62_167_219_200L;
    private static final long LAST_SECOND_OF_YEAR_9999 = 253_402_300_799L;

    private IsoInstant() {}

    /** {@code 2026-01-19T06:15:12Z}, with {@code .345}, {@code .345678} or {@code .345678912} when not whole. */
    static String text(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < FIRST_SECOND_OF_YEAR_0 || second > LAST_SECOND_OF_YEAR_9999) {
            return instant.toString();
        }
        String seconds = UtcTimestamps.seconds(instant);
        int nano = instant.getNano();
        if (nano == 0) {
            return seconds;
        }
        StringBuilder out = new StringBuilder(32).append(seconds, 0, seconds.length() - 1).append('.');
        // As ISO_INSTANT does: the fraction in groups of three digits, as many groups as it needs.
        int digits = nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        String fraction = Integer.toString(1_000_000_000 + nano).substring(1, 1 + digits);
        return out.append(fraction).append('Z').toString();
    }
}
