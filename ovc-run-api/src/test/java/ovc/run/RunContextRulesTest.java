package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.Json;
import ovc.run.testing.TestHost;

/**
 * The rules for work that changes threads, without the agent: a finished run's threads record into
 * no run, an unbound thread among several runs records nowhere, and {@link Run#wrap} carries a run
 * into a pool. (The reported-once rule is per JVM; the agent's ITs assert it in a fresh one.)
 */
class RunContextRulesTest {

    @TempDir
    Path work;

    private TestHost host;

    @BeforeEach
    void setUp() {
        host = new TestHost(work);
        host.properties.put("ovc.run.debug", "true");
    }

    private static JsonNode runJson(RunInfo run) {
        return Json.read(run.directory().resolve("run.json"));
    }

    private List<String> droppedLines() {
        return host.stderr().lines().filter(line -> line.contains("was dropped")).toList();
    }

    @Test
    void aThreadOfAFinishedRunNeverRecordsIntoTheNextRun() throws Exception {
        CountDownLatch nextRunning = new CountDownLatch(1);
        RunWriter first = host.start("First");
        Thread leftover = new Thread(() -> {
            try {
                nextRunning.await();
            } catch (InterruptedException e) {
                return;
            }
            Run.check("late_check", "Late", CheckStatus.FAIL);
            Run.input("csv", "late.csv");
        }, "leftover");
        leftover.start();
        first.close();

        RunWriter next = host.start("Next");
        nextRunning.countDown();
        leftover.join();
        next.close();

        assertThat(runJson(next).get("status").asText()).isEqualTo("success");
        assertThat(runJson(next).get("inputs")).isEmpty();
        assertThat(droppedLines()).containsExactly(
                "[ovc-run] WARNING: a record from thread 'leftover', bound to run " + first.runId()
                        + " which has finished, was dropped: a finished run's threads record into no run",
                "[ovc-run] WARNING: a record from thread 'leftover', bound to run " + first.runId()
                        + " which has finished, was dropped: a finished run's threads record into no run");
    }

    @Test
    void theThreadOfAFinishedRunRecordsIntoNoOtherRunButAThreadItStartsLaterIsUnbound() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        RunWriter own = host.start("Own");
        own.close();
        RunWriter next = other.submit(() -> host.start("Next")).get(10, TimeUnit.SECONDS);

        // This thread's run has finished: its record is no run's, not the only active one's, and
        // asking for its run is no record (no warning).
        assertThat(Run.current()).isEmpty();
        Run.input("csv", "after-own.csv");
        // A thread it starts now never took part in that run: unbound, so the only active run's.
        Thread later = new Thread(() -> Run.input("csv", "later-thread.csv"), "later");
        later.start();
        later.join();
        other.submit(next::close).get(10, TimeUnit.SECONDS);
        other.shutdown();

        assertThat(runJson(own).get("inputs")).isEmpty();
        assertThat(runJson(next).get("inputs").toString()).contains("later-thread.csv").doesNotContain("after-own.csv");
        assertThat(droppedLines()).containsExactly("[ovc-run] WARNING: a record from thread '"
                + Thread.currentThread().getName() + "', bound to run " + own.runId()
                + " which has finished, was dropped: a finished run's threads record into no run");
    }

    @Test
    void anUnboundThreadWhileTwoRunsAreActiveRecordsNowhere() throws Exception {
        ExecutorService unbound = Executors.newSingleThreadExecutor();
        unbound.submit(() -> { }).get();    // its thread exists before either run
        ExecutorService bThread = Executors.newSingleThreadExecutor();
        RunWriter a = host.start("Run-A");
        RunWriter b = bThread.submit(() -> host.start("Run-B")).get(10, TimeUnit.SECONDS);
        unbound.submit(() -> Run.input("csv", "whose.csv")).get();
        unbound.shutdown();
        bThread.shutdown();
        b.close();
        a.close();

        assertThat(runJson(a).get("inputs")).isEmpty();
        assertThat(runJson(b).get("inputs")).isEmpty();
        assertThat(droppedLines()).singleElement().asString().contains("bound to no run while 2 runs are active");
    }

    @Test
    void wrapCarriesEachRunIntoAPoolCreatedBeforeEither() throws Exception {
        ExecutorService shared = Executors.newSingleThreadExecutor();
        shared.submit(() -> { }).get();
        ExecutorService bThread = Executors.newSingleThreadExecutor();
        RunWriter a = host.start("Run-A");
        RunWriter b = bThread.submit(() -> host.start("Run-B")).get(10, TimeUnit.SECONDS);
        shared.submit(Run.wrap(() -> Run.input("csv", "a.csv"))).get();
        Callable<String> callable = () -> {
            Run.input("csv", "a-callable.csv");
            return "done";
        };
        assertThat(shared.submit(Run.wrap(callable)).get()).isEqualTo("done");
        // Wrapped by B's thread, which stays bound to the run it started, as B's own code would.
        Runnable fromB = bThread.submit(() -> Run.wrap(() -> Run.input("csv", "b.csv"))).get();
        shared.submit(fromB).get();
        shared.shutdown();
        bThread.shutdown();
        b.close();
        a.close();

        assertThat(runJson(a).get("inputs")).extracting(input -> input.get("ref").asText())
                .containsExactly("a.csv", "a-callable.csv");
        assertThat(runJson(b).get("inputs")).extracting(input -> input.get("ref").asText()).containsExactly("b.csv");
        assertThat(droppedLines()).isEmpty();
    }

    @Test
    void aPipelineStartedByWorkThatAnUnboundThreadHandedOverIsNotNestedInTheOnlyActiveRun() throws Exception {
        ExecutorService longThread = Executors.newSingleThreadExecutor();
        ExecutorService scheduler = Executors.newSingleThreadExecutor();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.submit(() -> { }).get();    // its thread exists before any run, as a scheduler's does
        RunWriter longRun = longThread.submit(() -> host.start("Long")).get(10, TimeUnit.SECONDS);
        // The scheduler is bound to no run; Long is the only one active when it hands the job over.
        Callable<RunWriter> job = scheduler.submit(() -> Run.wrap(() -> {
            RunWriter jobRun = host.start("Job");
            Run.input("csv", "job.csv");
            jobRun.close();
            Run.input("csv", "after-job.csv");    // the job's thread, its run finished: no run's
            return jobRun;
        })).get(10, TimeUnit.SECONDS);
        RunWriter jobRun = pool.submit(job).get(10, TimeUnit.SECONDS);
        // Handed over unbound, it records as its unbound submitter would: into the only active run.
        Runnable logTick = () -> Run.log("tick");
        Runnable tick = scheduler.submit(() -> Run.wrap(logTick)).get(10, TimeUnit.SECONDS);
        pool.submit(tick).get(10, TimeUnit.SECONDS);
        longThread.submit(longRun::close).get(10, TimeUnit.SECONDS);
        for (ExecutorService each : List.of(longThread, scheduler, pool)) {
            each.shutdown();
        }

        // Before: the job was nested in Long (an output of type run) and after-job.csv was Long's.
        assertThat(runJson(longRun).get("outputs")).isEmpty();
        assertThat(runJson(longRun).get("inputs")).isEmpty();
        assertThat(runJson(jobRun).get("inputs")).extracting(input -> input.get("ref").asText())
                .containsExactly("job.csv");
        assertThat(TestHost.read(longRun.directory().resolve("run.log"))).contains("tick");
        assertThat(droppedLines()).singleElement().asString()
                .contains("bound to run " + jobRun.runId() + " which has finished, was dropped");
    }

    @Test
    void aWrappedTaskBindsItsThreadOnlyWhileItRuns() {
        RunWriter a = host.start("Run-A");
        Runnable intoA = Run.wrap(() -> Run.input("csv", "inside.csv"));
        RunWriter inner = host.start("Run-Inner");
        intoA.run();
        Run.input("csv", "after.csv");
        inner.close();
        a.close();

        assertThat(runJson(a).get("inputs")).extracting(input -> input.get("ref").asText()).containsExactly("inside.csv");
        assertThat(runJson(inner).get("inputs")).extracting(input -> input.get("ref").asText())
                .containsExactly("after.csv");
    }

    @Test
    void outsideARunWrapReturnsTheTaskItself() {
        Runnable task = () -> { };
        Callable<String> callable = () -> "x";
        assertThat(Run.wrap(task)).isSameAs(task);
        assertThat(Run.wrap(callable)).isSameAs(callable);
    }
}
