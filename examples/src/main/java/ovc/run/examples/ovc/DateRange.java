package ovc.run.examples.ovc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Whole UTC days from {@code first} to {@code last}, both included, written {@code 2026-01-12/2026-01-16}
 * (a single day is {@code 2026-01-12}).
 */
public record DateRange(LocalDate first, LocalDate last) {

    /** Checks the order. */
    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /** One day. */
    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** Parses {@code 2026-01-12/2026-01-16} or a single date. */
    public static DateRange parse(String text) {
        try {
            int slash = text.indexOf('/');
            return slash < 0 ? day(LocalDate.parse(text))
                    : new DateRange(LocalDate.parse(text.substring(0, slash)), LocalDate.parse(text.substring(slash + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date range (YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD): " + text, e);
        }
    }

    /** The first instant of the range. */
    public Instant start() {
        return first.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the range. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Whether {@code instant} falls inside the range. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + "/" + last;
    }
}
