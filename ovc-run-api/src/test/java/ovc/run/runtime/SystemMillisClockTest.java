package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The clock a real run reads: the system's UTC time at millisecond resolution. */
class SystemMillisClockTest {

    @Test
    void readsTheSystemTimeInWholeMilliseconds() {
        long before = System.currentTimeMillis();
        Instant instant = SystemMillisClock.UTC.instant();
        long millis = SystemMillisClock.UTC.millis();
        long after = System.currentTimeMillis();

        assertThat(instant.toEpochMilli()).isBetween(before, after);
        assertThat(instant.getNano() % 1_000_000).isZero();
        assertThat(millis).isBetween(instant.toEpochMilli(), after);
    }

    @Test
    void isTheUtcClockARunsEnvironmentReads() {
        assertThat(SystemMillisClock.UTC.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(RunEnvironment.system().clock()).isSameAs(SystemMillisClock.UTC);
        long systemUtc = Clock.systemUTC().millis();
        assertThat(SystemMillisClock.UTC.millis()).isGreaterThanOrEqualTo(systemUtc);
    }

    @Test
    void anotherZoneIsTheSystemClockInThatZone() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Clock inParis = SystemMillisClock.UTC.withZone(paris);

        assertThat(inParis.getZone()).isEqualTo(paris);
        assertThat(inParis.millis()).isGreaterThanOrEqualTo(SystemMillisClock.UTC.millis() - 1_000);
    }
}
