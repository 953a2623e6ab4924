package ovc.run.values;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How the values of one {@link RecordableType} become a ref, and where they may stand: every
 * rendering is text for an input; for an output without a ref a number is a count, not a name, and
 * only {@link #WRITTEN} is an output alone.
 *
 * <p>Compared with {@code ==}, never switched on or looked up by name: a switch over an enum adds a
 * class and {@code valueOf} reaches reflection on Java 25, on the path that records a value.
 */
public enum Rendering {
    /** {@code toString()}: text, paths and files as given, URIs, UUIDs, booleans, characters, java.time values. */
    TEXT,
    /** The constant's {@code name()}, not a {@code toString()} that may be overridden. */
    ENUM_NAME,
    /** {@code toString()}; as a returned output with a ref, the rows written. */
    WHOLE_NUMBER,
    /** {@code toString()} of any other number. */
    NUMBER,
    /** {@code toPlainString()}: {@code 1000}, not {@code 1E+3}. */
    PLAIN_DECIMAL,
    /** ISO-8601 in UTC ({@code 2026-01-19T06:15:12Z}), exactly {@code Instant.toString()}. */
    INSTANT,
    /** {@code ovc.run.RunRef}: its {@code ref()}, and its {@code range()} for an input. */
    RUN_REF,
    /** {@code ovc.run.Written}: ref and row counts of an output. */
    WRITTEN,
    /** {@code java.util.Optional}: its value when present, nothing when empty. */
    OPTIONAL,
    /** {@code java.lang.Iterable}: one entry per element. */
    ITERABLE,
    /** A type that looks like a container but must not be read twice ({@code DirectoryStream}): never recorded. */
    NONE;

    /**
     * Whether a value of this rendering is itself recorded, as an input or (without a ref) an
     * output; a container is not, its contents are.
     */
    public boolean recordable(boolean output) {
        if (this == NONE || container()) {
            return false;
        }
        return output ? !isNumber() : this != WRITTEN;
    }

    /** Whether values of this rendering hold the values that are recorded ({@code Optional}, {@code Iterable}). */
    public boolean container() {
        return this == OPTIONAL || this == ITERABLE;
    }

    /** Whether values of this rendering are numbers, which an output records only as a count beside a ref. */
    public boolean isNumber() {
        return this == WHOLE_NUMBER || this == NUMBER || this == PLAIN_DECIMAL;
    }

    /**
     * The text a scalar value of this rendering is recorded as; {@code value} is of a type that has
     * this rendering. Not for {@link #RUN_REF}, {@link #WRITTEN} or containers, which name no text of their own.
     */
    public String text(Object value) {
        if (this == ENUM_NAME) {
            return ((Enum<?>) value).name();
        }
        if (this == PLAIN_DECIMAL) {
            return ((BigDecimal) value).toPlainString();
        }
        if (this == INSTANT) {
            return IsoInstant.text((Instant) value);
        }
        return value.toString();
    }
}
