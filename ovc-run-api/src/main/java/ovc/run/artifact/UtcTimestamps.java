package ovc.run.artifact;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The three ways the format writes a moment, all in UTC. */
public final class UtcTimestamps {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private UtcTimestamps() {}

    /** {@code 2026-01-19T06:15:12Z}: run.json's started_utc and finished_utc. */
    public static String seconds(Instant instant) {
        return SECONDS.format(instant);
    }

    /** {@code 2026-01-19T06:15:12.345Z}: the prefix of every run.log line after the first. */
    public static String millis(Instant instant) {
        return MILLIS.format(instant);
    }

    /** {@code 20260119T061512Z}: the first part of a run_id. */
    public static String compact(Instant instant) {
        return COMPACT.format(instant);
    }
}
