package ovc.run.artifact;

import java.time.Instant;

/**
 * The three ways the format writes a moment, all in UTC. Formatted by hand: DateTimeFormatter
 * and the zone machinery behind it cost a run several milliseconds of class loading at start, and
 * even LocalDate initialises ChronoField, ChronoUnit, ValueRange, Duration and BigInteger.
 */
public final class UtcTimestamps {

    private static final long SECONDS_PER_DAY = 86_400;

    private UtcTimestamps() {}

    /** {@code 2026-01-19T06:15:12Z}: run.json's started_utc and finished_utc. */
    public static String seconds(Instant instant) {
        return format(instant, true, false).append('Z').toString();
    }

    /** {@code 2026-01-19T06:15:12.345Z}: the prefix of every run.log line after the first. */
    public static String millis(Instant instant) {
        StringBuilder out = format(instant, true, false).append('.');
        pad(out, instant.getNano() / 1_000_000, 3);
        return out.append('Z').toString();
    }

    /** {@code 20260119T061512Z}: the first part of a run_id. */
    public static String compact(Instant instant) {
        return format(instant, false, true).append('Z').toString();
    }

    private static StringBuilder format(Instant instant, boolean separators, boolean compact) {
        long epochSecond = instant.getEpochSecond();
        long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        // The proleptic Gregorian date of epochDay, as LocalDate.ofEpochDay computes it (days from
        // 0000-03-01 in 400-year eras, so that leap days fall at the end of each year).
        long days = epochDay + 719_468;
        long era = Math.floorDiv(days, 146_097);
        long dayOfEra = days - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shiftedMonth = (int) ((5 * dayOfYear + 2) / 153);
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        StringBuilder out = new StringBuilder(24);
        pad(out, year, 4);
        if (!compact) {
            out.append('-');
        }
        pad(out, month, 2);
        if (!compact) {
            out.append('-');
        }
        pad(out, day, 2);
        out.append('T');
        pad(out, secondOfDay / 3600, 2);
        if (separators) {
            out.append(':');
        }
        pad(out, secondOfDay / 60 % 60, 2);
        if (separators) {
            out.append(':');
        }
        pad(out, secondOfDay % 60, 2);
        return out;
    }

    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }
}
