package ovc.run;

/**
 * A value that knows how it is named in a run: a type passed as a {@code @RunInput} argument (or
 * returned by a {@code @RunOutput} method) that implements it supplies its own ref, and optionally
 * the slice of it that was read.
 *
 * <pre>{@code
 * record DateRange(LocalDate from, LocalDate to) implements RunRef {
 *     public String ref() { return "oanda_candles"; }
 *     public String range() { return from + ".." + to; }
 * }
 * }</pre>
 */
public interface RunRef {

    /** What was read or written: a table, a file, an instrument. */
    String ref();

    /** The slice that was read ({@code 2026-01-01..2026-01-31}), or {@code null} for none. */
    default String range() {
        return null;
    }
}
