package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.TestClock;

class RunLogTest {

    private final TestClock clock = new TestClock("2026-01-19T06:15:12.007Z");

    @TempDir
    Path dir;

    private RunLog create(Secrets secrets, List<String> failures) throws IOException {
        return RunLog.create(dir.resolve("run.log"), "20260119T061512Z__P2-Backfill__a1b2c3d", secrets, clock,
                (what, cause) -> failures.add(what + ": " + cause));
    }

    @Test
    void firstLineIsRunIdThenTimestampedNumberedLines() throws IOException {
        try (RunLog log = create(Secrets.none(), new ArrayList<>())) {
            assertThat(log.append("fetched 12 candles")).isEqualTo(2);
            clock.advance(Duration.ofMillis(1250));
            assertThat(log.append("upserted")).isEqualTo(3);
            assertThat(log.lineCount()).isEqualTo(3);
        }
        assertThat(Files.readString(dir.resolve("run.log"))).isEqualTo("""
                RUN_ID=20260119T061512Z__P2-Backfill__a1b2c3d
                2026-01-19T06:15:12.007Z fetched 12 candles
                2026-01-19T06:15:13.257Z upserted
                """);
    }

    @Test
    void multiLineMessageBecomesOneLinePerLineAndReturnsItsFirst() throws IOException {
        try (RunLog log = create(Secrets.none(), new ArrayList<>())) {
            log.append("one");
            assertThat(log.append("a\nb\r\nc\rd")).isEqualTo(3);
            assertThat(log.append("trailing\n")).isEqualTo(7);
            assertThat(log.append("")).isEqualTo(8);
        }
        List<String> lines = Files.readAllLines(dir.resolve("run.log"));
        assertThat(lines).hasSize(8);
        assertThat(lines.subList(2, 8)).extracting(line -> line.substring(25))
                .containsExactly("a", "b", "c", "d", "trailing", "");
    }

    @Test
    void linesAreInTheFileBeforeTheLogIsClosed() throws IOException {
        // What kill -9 leaves behind is what was written so far: no buffer may hold lines back.
        RunLog log = create(Secrets.none(), new ArrayList<>());
        log.append("before the kill");
        assertThat(Files.readAllLines(dir.resolve("run.log"))).hasSize(2).last().asString().endsWith("before the kill");
        log.close();
    }

    @Test
    void masksSecretValues() throws IOException {
        Secrets secrets = Secrets.of(Map.of("OANDA_API_TOKEN", "tok-123456"));
        try (RunLog log = create(secrets, new ArrayList<>())) {
            log.append("GET /candles?token=tok-123456 done");
        }
        assertThat(Files.readString(dir.resolve("run.log"))).doesNotContain("tok-123456").contains("token=*** done");
    }

    @Test
    void neverOverwritesAnExistingLog() throws IOException {
        Files.writeString(dir.resolve("run.log"), "an earlier run\n");
        assertThatThrownBy(() -> create(Secrets.none(), new ArrayList<>())).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(dir.resolve("run.log"))).isEqualTo("an earlier run\n");
    }

    @Test
    void concurrentAppendsKeepEveryLineWholeAndNumbersUnique() throws Exception {
        Set<Integer> numbers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (RunLog log = create(Secrets.none(), new ArrayList<>())) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 500; i++) {
                        numbers.add(log.append("thread " + id + " line " + i));
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        List<String> lines = Files.readAllLines(dir.resolve("run.log"));
        assertThat(lines).hasSize(2001);
        assertThat(numbers).hasSize(2000);
        for (int n : numbers) {
            // The number handed back is the line that holds the message.
            assertThat(lines.get(n - 1)).matches("\\S+Z thread \\d line \\d+");
        }
    }

    @Test
    void detachedLogNumbersLinesAndWritesNothing() {
        RunLog log = RunLog.detached(Secrets.none(), clock);
        assertThat(log.append("x")).isEqualTo(2);
        assertThat(log.append("y\nz")).isEqualTo(3);
        assertThat(log.lineCount()).isEqualTo(4);
        log.close();
        assertThat(dir).isEmptyDirectory();
    }
}
