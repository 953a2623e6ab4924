package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.runtime.RunEnvironment;
import ovc.run.runtime.RunLifecycle;

/**
 * The process's exit waits for a run another thread is finishing, instead of letting the JVM halt
 * mid-write (the forked-JVM FinishUnderSignalIT shows it with a real SIGTERM).
 */
class ExitWaitsForAFinishTest {

    @TempDir
    Path work;

    @Test
    void processExitingReturnsOnlyOnceTheFinishUnderWayHasWrittenTheFiles() throws Exception {
        HeldClock clock = new HeldClock();
        RunEnvironment environment = new RunEnvironment(Map.of("USER", "analyst"), Map.of(), clock, work,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        AtomicReference<Path> directory = new AtomicReference<>();
        // The run lives on a thread of its own, as a pipeline's main thread would hold it.
        Thread finishing = new Thread(() -> {
            RunWriter run = RunWriter.builder("Exit-Waits", "0.1.0").environment(environment).start();
            run.check("a", "A", CheckStatus.PASS);
            directory.set(run.directory());
            clock.holdNextReading();
            run.close();
        }, "finishing");
        finishing.start();
        clock.held.await(); // the finish has begun and stands at its first clock reading
        Path runJson = directory.get().resolve("run.json");
        AtomicBoolean filesAtReturn = new AtomicBoolean();
        Thread exiting = new Thread(() -> {
            RunLifecycle.processExiting(null);
            filesAtReturn.set(Files.exists(runJson) && Files.exists(directory.get().resolve("checks.json")));
        }, "exiting");
        exiting.start();
        // Until the exit is waiting (or, wrongly, has returned), the finish stays held.
        while (exiting.getState() != Thread.State.TIMED_WAITING && exiting.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        clock.release.countDown();
        exiting.join();
        finishing.join();

        assertThat(filesAtReturn).as("run.json and checks.json exist when processExiting returns").isTrue();
        assertThat(Files.readString(runJson)).contains("\"status\": \"success\"").doesNotContain("process_terminated");
    }

    /** A clock that, once armed, holds the next reading until released. */
    private static final class HeldClock extends Clock {
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final AtomicBoolean armed = new AtomicBoolean();

        void holdNextReading() {
            armed.set(true);
        }

        @Override
        public Instant instant() {
            if (armed.compareAndSet(true, false)) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Instant.parse("2026-01-19T06:15:12Z");
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
