package ovc.run.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system's UTC wall clock at the resolution the format writes (milliseconds: run.json's
 * timestamps, {@code duration_ms}, run.log's line times).
 *
 * <p>Why not {@link Clock#systemUTC()}: its clock is created with {@link ZoneOffset#UTC}, and
 * initialising {@code ZoneOffset} on Java 25 sets up an {@code AtomicReferenceArray} cache, which
 * brings in the VarHandle and constant-descriptor machinery: 33 classes on every run's start for
 * a zone no run reads. This clock names the zone only when asked for it.
 */
final class SystemMillisClock extends Clock {

    static final SystemMillisClock UTC = new SystemMillisClock();

    private SystemMillisClock() {}

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public String toString() {
        return "SystemMillisClock[Z]";
    }
}
