package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fixture.AsyncWork;
import fixture.CustomForkJoinPool;
import fixture.LeftoverThread;
import fixture.ParallelStreams;
import fixture.SchedulerJobs;
import fixture.SharedPool;
import fixture.StaggeredRuns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 cases 1 to 3 and the executors beside them: work handed to another thread records into
 * the run of the thread that handed it over, and a finished run's thread records into no run.
 */
class ContextPropagationIT {

    // The common pool of a two-core machine has one worker, and CompletableFuture then starts a
    // thread per task instead of using it: four workers make the pool the one that is shared.
    private static final String COMMON_POOL_OF_FOUR = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=4";

    @TempDir
    Path work;

    @Test
    void aSingleThreadExecutorSharedByTwoRunsKeepsEachRunsRecordsInItsFolder() {
        assertSharedPool(AgentProcess.of(work, SharedPool.class).run());
    }

    @Test
    void aPoolThreadStartedBeforeTheFirstRunCarriesEachRunToo() {
        assertSharedPool(AgentProcess.of(work, SharedPool.class).args("warm").run());
    }

    private void assertSharedPool(AgentProcess.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();

        assertOwnPooledWork(run("Alpha"), "alpha", "success", "pass");
        assertOwnPooledWork(run("Beta"), "beta", "failed", "fail");
    }

    private static void assertOwnPooledWork(RunFolder run, String name, String status, String checkStatus) {
        assertThat(run.status()).as(run.runId()).isEqualTo(status);
        assertThat(run.runJson().path("outputs").toString())
                .isEqualTo("[{\"ref\":\"" + name + ".csv\",\"type\":\"file\"}]");
        assertThat(run.checksJson().path("checks")).extracting(check -> check.path("id").asText() + " "
                + check.path("status").asText()).containsExactly(name + "_checked " + checkStatus);
        assertThat(ownLines(run)).containsExactly(name + " pooled work");
    }

    @Test
    void aThreadThatOutlivesItsRunRecordsIntoNoOtherRunAndSaysSoOnce() {
        AgentProcess.Result result = AgentProcess.of(work, LeftoverThread.class).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();

        RunFolder beta = run("Beta");
        assertThat(beta.status()).isEqualTo("success");
        assertThat(beta.checksJson().path("checks")).isEmpty();
        assertThat(ownLines(beta)).containsExactly("beta saw the leftover thread end");
        RunFolder alpha = run("Alpha");
        assertThat(alpha.status()).isEqualTo("success");
        assertThat(alpha.checksJson().path("checks")).isEmpty();
        assertThat(result.stderr().lines().filter(line -> line.contains("was dropped")).toList())
                .as(result.stderr()).containsExactly("[ovc-run] WARNING: a record from thread 'leftover', bound to run "
                        + alpha.runId() + " which has finished, was dropped: a finished run's threads record into no run"
                        + " (reported once; debug=true reports each)");
    }

    @Test
    void withDebugEachDroppedRecordIsReported() {
        AgentProcess.Result result = AgentProcess.of(work, LeftoverThread.class).agentOptions("debug=true").run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr().lines().filter(line -> line.contains("was dropped"))).as(result.stderr()).hasSize(2);
        assertThat(run("Beta").status()).isEqualTo("success");
    }

    @Test
    void twoRunsWithParallelStreamsEachKeepAllTheirRecords() {
        assertParallelStreams(AgentProcess.of(work, ParallelStreams.class).jvmOption(COMMON_POOL_OF_FOUR).run());
    }

    @Test
    void commonPoolThreadsStartedBeforeTheFirstRunCarryEachRunToo() {
        assertParallelStreams(AgentProcess.of(work, ParallelStreams.class).jvmOption(COMMON_POOL_OF_FOUR).args("warm")
                .run());
    }

    private void assertParallelStreams(AgentProcess.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();

        for (String name : List.of("alpha", "beta")) {
            RunFolder run = run(name.equals("alpha") ? "Alpha" : "Beta");
            List<String> refs = new ArrayList<>();
            run.runJson().path("inputs").forEach(input -> refs.add(input.path("ref").asText()));
            assertThat(refs).as(run.runId()).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, 200).mapToObj(i -> name + "-" + i).toList());
            assertThat(ownLines(run)).as(run.runId()).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, 200).mapToObj(i -> name + " item " + i).toList());
        }
        assertThat(result.stderr()).doesNotContain("was dropped");
    }

    @Test
    void completableFuturesAndScheduledTasksRecordIntoTheRunThatHandedThemOver() {
        assertAsyncWork(AgentProcess.of(work, AsyncWork.class).jvmOption(COMMON_POOL_OF_FOUR).run(), false);
    }

    @Test
    void virtualThreadExecutorsRecordIntoTheRunThatHandedThemOver() {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21+");
        assertAsyncWork(AgentProcess.of(work, AsyncWork.class).jvmOption(COMMON_POOL_OF_FOUR).args("virtual").run(),
                true);
    }

    private void assertAsyncWork(AgentProcess.Result result, boolean virtual) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        for (String name : List.of("alpha", "beta")) {
            RunFolder run = run(name.equals("alpha") ? "Alpha" : "Beta");
            assertThat(run.status()).isEqualTo("success");
            assertThat(run.runJson().path("outputs")).extracting(output -> output.path("ref").asText())
                    .containsExactly(name + "-supplied", name + "-applied");
            assertThat(run.runJson().path("inputs")).extracting(input -> input.path("ref").asText())
                    .containsExactly(name + "-3", name + "-2", name + "-1");
            List<String> expected = new ArrayList<>(List.of(name + " scheduled once"));
            if (virtual) {
                expected.add(name + " on a virtual thread");
            }
            assertThat(ownLines(run)).as(run.runId()).containsExactlyElementsOf(expected);
        }
        assertThat(result.stderr()).doesNotContain("was dropped");
    }

    @Test
    void aForkJoinPoolOfTheApplicationsOwnCarriesEachRunsTasksAndFuturesIntoItsFolder() {
        assertCustomForkJoinPool(AgentProcess.of(work, CustomForkJoinPool.class).run());
    }

    @Test
    void aForkJoinPoolWhoseWorkersStartedBeforeTheFirstRunCarriesEachRunToo() {
        assertCustomForkJoinPool(AgentProcess.of(work, CustomForkJoinPool.class).args("warm").run());
    }

    private void assertCustomForkJoinPool(AgentProcess.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        for (String name : List.of("alpha", "beta")) {
            RunFolder run = run(name.equals("alpha") ? "Alpha" : "Beta");
            assertThat(run.status()).as(run.runId()).isEqualTo("success");
            List<String> inputs = new ArrayList<>();
            List<String> leafLines = new ArrayList<>();
            for (String how : List.of("invoked", "submitted")) {
                for (int i = 0; i < CustomForkJoinPool.LEAVES; i++) {
                    inputs.add("part " + name + "-" + how + "-" + i);
                    leafLines.add(name + "-" + how + " leaf " + i);
                }
            }
            assertThat(run.runJson().path("inputs")).as(run.runId()).extracting(input -> input.path("type").asText()
                    + " " + input.path("ref").asText()).containsExactlyInAnyOrderElementsOf(inputs);
            assertThat(run.runJson().path("outputs").toString()).as(run.runId())
                    .isEqualTo("[{\"ref\":\"" + name + "-supplied\",\"type\":\"async\"}]");
            assertThat(run.checksJson().path("checks")).as(run.runId()).isEmpty();
            List<String> lines = ownLines(run);
            assertThat(lines.subList(0, lines.size() - 1)).as(run.runId()).containsExactlyInAnyOrderElementsOf(leafLines);
            assertThat(lines.get(lines.size() - 1)).as(run.runId())
                    .isEqualTo(name + " counted 16 invoked, 16 submitted leaves, supplied");
        }
        assertThat(result.stderr()).doesNotContain("was dropped");
    }

    @Test
    void whatAThreadPrintsWhileItsRunStartsOrAfterItFinishedIsNotTheOtherActiveRunsOutput() {
        AgentProcess.Result result = AgentProcess.of(work, StaggeredRuns.class).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();

        RunFolder early = run("Early");
        RunFolder late = run("Late");
        assertThat(result.stdoutLines()).contains("RUN_ID=" + early.runId(), "RUN_ID=" + late.runId());
        // Before: Early's run.log held "RUN_ID=<Late's id>", printed by Late's thread before it was
        // bound, and that thread's line and Run.log after Late had finished.
        assertThat(ownLines(early)).as(early.runId()).containsExactly("early done");
        assertThat(ownLines(late)).as(late.runId()).containsExactly("late done");
        assertThat(result.stdoutLines()).contains("late thread after its run");
        assertThat(result.stderr().lines().filter(line -> line.contains("was dropped")).toList()).as(result.stderr())
                .containsExactly("[ovc-run] WARNING: a record from thread 'late-pipeline', bound to run " + late.runId()
                        + " which has finished, was dropped: a finished run's threads record into no run"
                        + " (reported once; debug=true reports each)");
    }

    @Test
    void jobsAnUnboundSchedulerHandsToItsPoolAreRunsOfTheirOwnNotNestedInTheOnlyActiveRun() {
        AgentProcess.Result result = AgentProcess.of(work, SchedulerJobs.class).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();

        RunFolder longRun = run("Long");
        RunFolder jobA = run("JobA");
        RunFolder jobB = run("JobB");
        RunFolder jobC = run("JobC");
        RunFolder jobD = run("JobD");
        // Before: the pools' tasks carried Long, the only active run when they were handed over, so
        // the jobs were nested in it (outputs of type run) and "scheduler: A finished" was Long's.
        assertThat(longRun.runJson().get("outputs")).as(longRun.runId()).isEmpty();
        assertThat(ownLines(longRun)).as(longRun.runId()).containsExactly("scheduler: idle tick", "tick", "long done");
        assertThat(ownLines(jobA)).as(jobA.runId()).containsExactly("a body");
        assertThat(ownLines(jobB)).as(jobB.runId()).containsExactly("b body");
        assertThat(ownLines(jobC)).as(jobC.runId()).containsExactly("c body");
        assertThat(ownLines(jobD)).as(jobD.runId()).containsExactly("d body");
        assertThat(jobA.runJson().get("inputs").toString()).contains("a.csv").doesNotContain("b.csv");
        assertThat(jobB.runJson().get("inputs").toString()).contains("b.csv").doesNotContain("a.csv");
        assertThat(result.stdoutLines()).contains("scheduler: A finished");
    }

    private RunFolder run(String pipelineId) {
        return FixtureRunFolders.only(work.resolve("reports/runs"), pipelineId);
    }

    /** run.log's messages but the runtime's own first and last. */
    private static List<String> ownLines(RunFolder run) {
        return run.logMessages().stream()
                .filter(line -> !line.startsWith("Run started: ") && !line.startsWith("Run finished: "))
                .toList();
    }
}
