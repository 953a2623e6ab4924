package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.Json;
import ovc.run.testing.TestHost;

/** Which run a record lands in: the thread's own, one it inherited, or the only one there is. */
class RunBindingTest {

    @TempDir
    Path work;

    private TestHost host;

    @BeforeEach
    void setUp() {
        host = new TestHost(work);
    }

    private static JsonNode runJson(RunInfo run) {
        return Json.read(run.directory().resolve("run.json"));
    }

    @Test
    void outsideARunEveryCallIsANoOp() {
        Run.input("csv", "a.csv");
        Run.output("file", "b", 1, 2);
        Run.check("not_recorded", "Nowhere", CheckStatus.FAIL, "not evidence at all");
        Run.lowerStatus(RunStatus.FAILED);
        assertThat(Run.log("into the void")).isZero();
        assertThat(Run.current()).isEmpty();
    }

    @Test
    void facadeCallsOnTheStartingThreadGoToItsRun() {
        RunWriter run = host.start("Facade");
        Run.input("csv", "a.csv", "2026-01");
        Run.input("csv", "a.csv", "2026-01");  // the same input twice is one input
        Run.input("oanda", "EUR_USD");
        Run.output("file", "b.json", java.util.Map.of("rows", 3));
        int line = Run.log("hello");
        Run.check("hello_logged", "Hello logged", CheckStatus.PASS, "run.log:line:" + line);
        assertThat(Run.current()).get().extracting(RunInfo::runId).isEqualTo(run.runId());
        run.close();

        JsonNode json = runJson(run);
        assertThat(json.get("inputs").toString()).isEqualTo(
                "[{\"range\":\"2026-01\",\"ref\":\"a.csv\",\"type\":\"csv\"},{\"ref\":\"EUR_USD\",\"type\":\"oanda\"}]");
        assertThat(json.get("outputs").toString()).isEqualTo("[{\"extra\":{\"rows\":3},\"ref\":\"b.json\",\"type\":\"file\"}]");
        assertThat(Run.current()).isEmpty();
    }

    @Test
    void threadsCreatedInsideARunRecordIntoIt() throws Exception {
        RunWriter run = host.start("Executor");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int i = 0; i < 30; i++) {
                int n = i;
                pool.submit(() -> Run.input("csv", "part-" + n + ".csv"));
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        run.close();
        assertThat(runJson(run).get("inputs")).hasSize(30);
    }

    @Test
    void pooledThreadsRecordIntoTheOnlyActiveRun() {
        RunWriter run = host.start("Parallel-Stream");
        // The common pool's threads predate the run and carry no binding of their own.
        IntStream.range(0, 200).parallel().forEach(i -> Run.output("file", "chunk-" + i));
        run.close();
        assertThat(runJson(run).get("outputs")).hasSize(200);
    }

    @Test
    void concurrentRunsInOneJvmDoNotSeeEachOthersRecords() throws Exception {
        int pipelines = 4;
        CountDownLatch allStarted = new CountDownLatch(pipelines);
        ExecutorService scheduler = Executors.newFixedThreadPool(pipelines);
        RunInfo[] runs = new RunInfo[pipelines];
        try {
            for (int p = 0; p < pipelines; p++) {
                int id = p;
                scheduler.submit(() -> {
                    try (RunWriter run = host.start("Pipeline-" + id)) {
                        runs[id] = run;
                        allStarted.countDown();
                        allStarted.await();
                        for (int i = 0; i < 50; i++) {
                            Run.input("csv", "p" + id + "-" + i);
                        }
                    }
                    return null;
                });
            }
        } finally {
            scheduler.shutdown();
            assertThat(scheduler.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        for (int p = 0; p < pipelines; p++) {
            JsonNode inputs = runJson(runs[p]).get("inputs");
            assertThat(inputs).hasSize(50);
            String prefix = "p" + p + "-";
            inputs.forEach(input -> assertThat(input.get("ref").asText()).startsWith(prefix));
            assertThat(runJson(runs[p]).get("outputs")).as("no pipeline nests another").isEmpty();
        }
    }

    @Test
    void aRunStartedInsideAnotherIsItsOwnRunAndAnOutputOfTheOuter() {
        RunWriter outer = host.start("Outer");
        Run.input("csv", "outer.csv");
        RunWriter inner = host.start("Inner");
        Run.input("csv", "inner.csv");
        inner.close();
        Run.input("csv", "after.csv");
        outer.close();

        assertThat(runJson(inner).get("inputs").toString()).contains("inner.csv").doesNotContain("outer.csv", "after.csv");
        JsonNode outerJson = runJson(outer);
        assertThat(outerJson.get("inputs")).extracting(i -> i.get("ref").asText()).containsExactly("outer.csv", "after.csv");
        assertThat(outerJson.get("outputs").toString())
                .isEqualTo("[{\"ref\":\"" + inner.runId() + "\",\"type\":\"run\"}]");
    }

    @Test
    void recordsAfterFinishAreDroppedWithAWarning() {
        RunWriter run = host.start("Late");
        run.close();
        run.input("csv", "late.csv");
        assertThat(runJson(run).get("inputs")).isEmpty();
        assertThat(host.stderr()).contains("input csv was recorded after the run finished");
    }

    @Test
    void manyThreadsRecordingAtOnceLoseNothing() throws Exception {
        RunWriter run = host.start("Hammer");
        List<Thread> threads = IntStream.range(0, 8).mapToObj(t -> new Thread(() -> {
            for (int i = 0; i < 250; i++) {
                Run.output("file", "t" + t + "-" + i);
                Run.check("c_" + t + "_" + i, "check", CheckStatus.PASS);
                Run.log("t" + t + " " + i);
            }
        })).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        run.close();
        assertThat(runJson(run).get("outputs")).hasSize(2000);
        assertThat(Json.read(run.directory().resolve("checks.json")).get("summary").get("pass").asInt()).isEqualTo(2000);
    }
}
