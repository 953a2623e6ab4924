package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.Json;
import ovc.run.testing.TestHost;

/** The old system's worst defect: two runs in one second overwrote each other. */
class RunIdCollisionTest {

    @TempDir
    Path work;

    @Test
    void aSecondRunInTheSameSecondTakesTheNextSecond() throws Exception {
        TestHost host = new TestHost(work);
        RunWriter first = host.start("P2-Backfill");
        RunWriter second = host.start("P2-Backfill");
        first.log("first");
        second.log("second");
        first.close();
        second.close();

        assertThat(first.runId()).isEqualTo("20260119T061512Z__P2-Backfill__0000000");
        assertThat(second.runId()).isEqualTo("20260119T061513Z__P2-Backfill__0000000");
        assertThat(Files.readString(first.directory().resolve("run.log"))).contains(" first\n").doesNotContain("second");
        // started_utc stays the true start; the run_id only names a free second.
        assertThat(Json.read(second.directory().resolve("run.json")).get("started_utc").asText())
                .isEqualTo("2026-01-19T06:15:12Z");
    }

    @Test
    void fiftyConcurrentStartsOfOnePipelineGiveFiftyFolders() throws Exception {
        TestHost host = new TestHost(work);
        int runs = 50;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                int n = i;
                started.add(pool.submit(() -> {
                    go.await();
                    try (RunWriter run = host.start("P2-Backfill")) {
                        ids.add(run.runId());
                        run.output("file", "out-" + n);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : started) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ids).hasSize(runs);
        List<Path> folders = host.runFolders();
        assertThat(folders).hasSize(runs);
        // Each folder holds exactly its own run: its output and nobody else's.
        Set<String> outputs = ConcurrentHashMap.newKeySet();
        for (Path folder : folders) {
            var run = Json.read(folder.resolve("run.json"));
            assertThat(run.get("run_id").asText()).isEqualTo(folder.getFileName().toString());
            assertThat(run.get("outputs")).hasSize(1);
            outputs.add(run.get("outputs").get(0).get("ref").asText());
        }
        assertThat(outputs).hasSize(runs);
    }
}
