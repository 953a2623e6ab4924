package ovc.run.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import ovc.run.RunWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * With JUnit's parallel execution on, tests that record runs still run one at a time (the reports
 * folder is a system property of the JVM), so each finds exactly its own run; other tests stay
 * parallel.
 */
class ParallelTestsTest {

    private static final String LAUNCHED = "ovc.run.junit.test.parallel";
    private static final AtomicInteger RECORDING = new AtomicInteger();
    private static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
    private static final Map<String, String> FOUND = new ConcurrentHashMap<>();
    // Two tests that run at the same time meet here at once; one at a time, the first waits out the timeout.
    private static volatile CyclicBarrier meeting;

    /** Two tests that record a run each, launched in parallel by the test below. */
    @RecordedRuns
    @Execution(ExecutionMode.CONCURRENT)
    @EnabledIfSystemProperty(named = LAUNCHED, matches = "true")
    static class TwoRecordingTests {
        @Test
        void first(Runs runs, TestInfo test) throws Exception {
            record(runs, test);
        }

        @Test
        void second(Runs runs, TestInfo test) throws Exception {
            record(runs, test);
        }

        private static void record(Runs runs, TestInfo test) throws InterruptedException {
            String pipeline = "Parallel-" + test.getTestMethod().orElseThrow().getName();
            MOST_AT_ONCE.accumulateAndGet(RECORDING.incrementAndGet(), Math::max);
            try {
                meeting.await(2, TimeUnit.SECONDS);
            } catch (TimeoutException | BrokenBarrierException alone) {
                // Alone: the other test waits for this one to end.
            }
            try (RunWriter run = RunWriter.start(pipeline, "0.1.0")) {
                run.input("csv", pipeline + ".csv");
            }
            FOUND.put(pipeline, runs.only().pipelineId());
            RECORDING.decrementAndGet();
        }
    }

    @Test
    void recordingTestsRunOneAtATimeAndEachFindsItsOwnRun() {
        meeting = new CyclicBarrier(2);
        System.setProperty(LAUNCHED, "true");
        try {
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(TwoRecordingTests.class))
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                    .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
                    .build(), listener);

            assertThat(listener.getSummary().getTestsSucceededCount()).as(listener.getSummary().getFailures().toString())
                    .isEqualTo(2);
            assertThat(MOST_AT_ONCE).as("tests recording at once").hasValue(1);
            assertThat(FOUND).containsOnly(Map.entry("Parallel-first", "Parallel-first"),
                    Map.entry("Parallel-second", "Parallel-second"));
        } finally {
            System.clearProperty(LAUNCHED);
        }
    }
}
