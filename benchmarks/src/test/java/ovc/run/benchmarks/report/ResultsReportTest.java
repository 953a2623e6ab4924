package ovc.run.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsReportTest {

    private static List<Row> rows(ResultsJson json) {
        return ResultsReport.rows(JmhResults.parse(json.jmhJson()), ProcessResults.parse(json.processJson()));
    }

    private static Row row(List<Row> rows, String figureStart) {
        return rows.stream().filter(row -> row.figure().startsWith(figureStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + figureStart + " in " + rows));
    }

    @Test
    void everyTargetOfTheIssueHasARowAndJustInsideEachIsMet() {
        List<Row> rows = rows(ResultsJson.allMet());

        assertThat(rows).filteredOn(row -> row.verdict() == Verdict.MISSED).isEmpty();
        assertThat(rows).filteredOn(row -> row.verdict() == Verdict.MET).hasSize(38);
    }

    @Test
    void aCallMoreThanFiveNanosecondsOverTheBlackholeBaselineIsMissed() {
        List<Row> rows = rows(ResultsJson.allMet().ns("FacadeOutsideRunBenchmark.input", 6.1, 0));

        Row input = row(rows, "`Run.input` outside a run");
        assertThat(input.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(input.measured()).isEqualTo("6.10 ns (+5.10)");
        assertThat(input.baseline()).isEqualTo("1.00 ns (Blackhole)");
        assertThat(input.ratio()).isEqualTo("6.10×");
        assertThat(input.target()).isEqualTo("≤ +5 ns over a Blackhole");
    }

    @Test
    void anAllocationOutsideARunIsMissedAndNamed() {
        List<Row> rows = rows(ResultsJson.allMet().ns("FacadeOutsideRunBenchmark.checkWithEvidence", 2.0, 24));

        Row allocation = row(rows, "`Run.*` outside a run: allocation");
        assertThat(allocation.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(allocation.measured()).isEqualTo("24.0 B/op (checkWithEvidence)");
    }

    @Test
    void finishingIsJudgedAt10000RecordsAndByItsGrowthTo100000() {
        List<Row> rows = rows(ResultsJson.allMet().finishMs(10000, 51).finishMs(100000, 51 * 12.5));

        assertThat(row(rows, "finish with 10,000 records").verdict()).isEqualTo(Verdict.MISSED);
        Row growth = row(rows, "finish with 100,000 records");
        assertThat(growth.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(growth.ratio()).isEqualTo("12.5×");
        assertThat(growth.baseline()).isEqualTo("51.0 ms (10,000)");
    }

    @Test
    void carryingARunIntoAPoolIsJudgedByWhatItAddsToThePlainExecuteOutsideAndInsideARun() {
        List<Row> rows = rows(ResultsJson.allMet()
                .ns("ExecutorHandOverBenchmark.executeOutsideRun", 8.1, 0.0001)
                .ns("ExecutorHandOverBenchmark.executeAndTakeOverInsideRun", 111, 64));

        Row outside = row(rows, "`execute` outside a run (the same task");
        assertThat(outside.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(outside.measured()).isEqualTo("8.10 ns (+5.10)");
        assertThat(outside.target()).isEqualTo("≤ +5 ns over plain");
        Row inside = row(rows, "`execute` inside a run");
        assertThat(inside.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(inside.baseline()).isEqualTo("10.0 ns (plain, new task)");
        assertThat(row(rows, "`execute` outside a run: allocation").verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aPoolHandOverThatAllocatesOutsideARunIsMissed() {
        Row allocation = row(rows(ResultsJson.allMet().ns("ExecutorHandOverBenchmark.executeOutsideRun", 4.0, 24)),
                "`execute` outside a run: allocation");

        assertThat(allocation.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(allocation.measured()).isEqualTo("24.0 B/op (executeOutsideRun)");
    }

    @Test
    void maskingMoreThanHalfAgainTheBaseCommitsCostIsMissed() {
        Row line = row(rows(ResultsJson.allMet().ns("MaskingCostBenchmark.lineNow", 151, 0)),
                "masking a captured progress line");

        assertThat(line.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(line.ratio()).isEqualTo("1.51×");
        assertThat(line.baseline()).isEqualTo("100 ns (base commit's masking)");
        assertThat(line.target()).isEqualTo("≤ 1.5× base");
    }

    @Test
    void capturedOutputBelowSevenTenthsOfPlainIsMissed() {
        Row captured = row(rows(ResultsJson.allMet().opsPerSecond("CapturedOutputBenchmark.printlnCaptured", 690_000)),
                "`System.out.println` captured");

        assertThat(captured.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(captured.measured()).isEqualTo("690,000 lines/s");
        assertThat(captured.ratio()).isEqualTo("0.690×");
    }

    @Test
    void startUpIsJudgedByWhatTheAgentAddsToThePlainRun() {
        List<Row> rows = rows(ResultsJson.allMet().process("ovc-repeat", 161, 69));

        Row repeat = row(rows, "ovc-repeat label");
        assertThat(repeat.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(repeat.measured()).isEqualTo("161 ms (+101)");
        assertThat(repeat.baseline()).isEqualTo("60.0 ms (plain label)");
        assertThat(repeat.target()).isEqualTo("≤ +50 ms");
    }

    @Test
    void theAgentMayAddAtMostATwentiethOfWhatOpenTelemetryAdds() {
        // OpenTelemetry adds 2000 ms; the repeat run's +49 ms is within 100, the first run's +240 ms is not.
        List<Row> rows = rows(ResultsJson.allMet().process("otel", 2060, 270).process("ovc-first", 300, 70));

        List<Row> shares = rows.stream().filter(row -> row.figure().startsWith("what the ovc-run agent adds")
                && row.figure().endsWith("what OpenTelemetry's adds")).toList();
        assertThat(shares).extracting(Row::verdict).containsExactly(Verdict.MET, Verdict.MISSED);
        assertThat(shares.get(1).ratio()).isEqualTo("0.120");
    }

    @Test
    void aRunRecordedByRunWriterMayAddAtMostTwentyMillisecondsToAPlainJvm() {
        Row byHand = row(rows(ResultsJson.allMet().process("by-hand", 81, 45)), "by-hand label");

        assertThat(byHand.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(byHand.measured()).isEqualTo("81.0 ms (+21.0)");
        assertThat(byHand.target()).isEqualTo("≤ +20 ms");
        assertThat(row(rows(ResultsJson.allMet()), "by-hand label").verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aFirstRunMayAddAtMostTwoHundredMilliseconds() {
        Row first = row(rows(ResultsJson.allMet().process("ovc-first", 261, 70)), "ovc-first label");

        assertThat(first.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(first.measured()).isEqualTo("261 ms (+201)");
        assertThat(first.target()).isEqualTo("≤ +200 ms");
    }

    @Test
    void theRepeatRunIsAlsoJudgedAgainstATwentiethOfOpenTelemetryWithOnlyItsAnnotationInstrumentation() {
        // The annotations-only agent adds 840 ms; the repeat run's +49 ms is more than its twentieth (42 ms).
        List<Row> rows = rows(ResultsJson.allMet().process("otel-annotations", 900, 120));

        Row share = row(rows, "what the ovc-run agent adds (repeat run) / what OpenTelemetry's with only its annotation");
        assertThat(share.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(share.measured()).isEqualTo("+49.0 ms");
        assertThat(share.baseline()).isEqualTo("+840 ms (OpenTelemetry, annotations only)");
        assertThat(share.ratio()).isEqualTo("0.058");
        assertThat(share.target()).isEqualTo("≤ 1/20 (0.05)");
        assertThat(row(rows, "what the ovc-run agent adds (repeat run) / what OpenTelemetry's adds").verdict())
                .isEqualTo(Verdict.MET);
        assertThat(row(rows, "otel-annotations label").measured()).isEqualTo("900 ms (+840)");
    }

    @Test
    void newEntriesAndEntriesAlreadyRecordedAreSeparateRowsEachSayingWhichItIs() {
        List<Row> rows = rows(ResultsJson.allMet().ns("RecordNewEntriesBenchmark.input", 320, 120)
                .ns("RecordNewEntriesBenchmark.check", 301, 160));

        assertThat(row(rows, "`Run.input`, a new entry each call").verdict()).isEqualTo(Verdict.MISSED);
        assertThat(row(rows, "`Run.input`, a new entry each call").measured()).isEqualTo("320 ns");
        assertThat(row(rows, "`Run.input`, 1 024 recorded refs in turn (de-duplicated)").measured()).isEqualTo("120 ns");
        assertThat(row(rows, "`Run.input`, the same input each call (already recorded)").measured()).isEqualTo("90.0 ns");
        assertThat(row(rows, "`Run.check` with evidence, a new check id each call (appended)").verdict())
                .isEqualTo(Verdict.MISSED);
        assertThat(row(rows, "`Run.check` with evidence, the same id each call (merged)").verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aWovenInputIsJudgedForANewEntryAgainstThePlainMethodCalledTheSameWay() {
        Row woven = row(rows(ResultsJson.allMet().ns("RunInputBenchmark.parameterInsideRunNewEntry", 303, 120)),
                "`@RunInput` parameter, inside a run, a new input each call");

        assertThat(woven.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(woven.measured()).isEqualTo("303 ns (+301)");
        assertThat(woven.baseline()).isEqualTo("2.00 ns (plain)");
    }

    @Test
    void peakMemoryIsJudgedByWhatTheAgentAdds() {
        List<Row> rows = rows(ResultsJson.allMet().process("ovc-first", 300, 70.5));

        Row first = rows.stream().filter(row -> row.figure().equals("ovc-first label") && row.measured().contains("MiB"))
                .findFirst().orElseThrow();
        assertThat(first.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(first.measured()).isEqualTo("70.5 MiB (+32.5)");
    }

    @Test
    void openLineageExportIsMeasuredAgainstTheSameRepeatRunWithoutIt() {
        Row met = row(rows(ResultsJson.allMet()), "ovc-repeat-openlineage label");
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.measured()).isEqualTo("409 ms (+300)");

        Row missed = row(rows(ResultsJson.allMet().process("ovc-repeat-openlineage", 410, 75)),
                "ovc-repeat-openlineage label");
        assertThat(missed.verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void onJava25FromAnAotCacheTheRunsAreJudgedAgainstAPlainRunFromItsOwnCache() {
        List<Row> rows = rows(ResultsJson.allMet()
                .process("java25-plain", 50, 40).process("java25-ovc-repeat", 125, 70).process("java25-by-hand", 77, 45)
                .process("java25-aot-plain", 32, 40).process("java25-aot-ovc-repeat", 84, 70)
                .process("java25-aot-by-hand", 41, 45));

        Row byHand = row(rows, "java25-aot-by-hand label");
        assertThat(byHand.measured()).isEqualTo("41.0 ms (+9.00)");
        assertThat(byHand.baseline()).isEqualTo("32.0 ms (java25-aot-plain label)");
        assertThat(byHand.verdict()).isEqualTo(Verdict.MET);
        assertThat(row(rows, "java25-aot-ovc-repeat label").verdict()).isEqualTo(Verdict.MISSED);
        assertThat(row(rows, "java25-ovc-repeat label").baseline()).isEqualTo("50.0 ms (java25-plain label)");
        assertThat(row(rows, "java25-by-hand label").verdict()).isEqualTo(Verdict.MISSED);
        // what the AOT cache alone does for a program: its plain run against the plain run without one
        Row cacheAlone = row(rows, "what the AOT cache alone does");
        assertThat(cacheAlone.measured()).isEqualTo("32.0 ms (-18.0)");
        assertThat(cacheAlone.baseline()).isEqualTo("50.0 ms (java25-plain label)");
    }

    @Test
    void withoutJava25MeasuredThereIsNoJava25Section() {
        assertThat(rows(ResultsJson.allMet())).noneMatch(row -> row.figure().contains("Java 25"));
    }

    @Test
    void withoutABaseCommitMeasuredThereIsNoBaseSection() {
        assertThat(rows(ResultsJson.allMet())).noneMatch(row -> row.figure().contains("against the base commit"));
    }

    @Test
    void startUpWithinTheNoiseOfTheBaseCommitsIsUnchanged() {
        List<Row> rows = rows(ResultsJson.allMet()
                .processRuns("ovc-repeat", 127, 129, 131, 133).processRuns("base-ovc-repeat", 126, 127, 127, 128)
                .processRuns("base-ovc-first", 300, 301, 302, 303).processRuns("base-by-hand", 60, 61, 62, 63));

        int section = rows.indexOf(rows.stream().filter(row -> row.figure().contains("against the base commit")).findFirst()
                .orElseThrow());
        Row repeat = rows.get(section + 1);
        assertThat(repeat.figure()).isEqualTo("ovc-repeat label");
        // A median of 130 against 127: 3 ms slower, within the larger spread (132 - 128 = 4 ms, the base's is 1 ms).
        assertThat(repeat.measured()).isEqualTo("130 ms (+3.00, noise 4.00 ms)");
        assertThat(repeat.baseline()).isEqualTo("127 ms (base-ovc-repeat label)");
        assertThat(repeat.target()).isEqualTo("≤ base + noise");
        assertThat(repeat.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void startUpSlowerThanTheBaseCommitsBeyondTheNoiseIsMissed() {
        List<Row> rows = rows(ResultsJson.allMet()
                .processRuns("ovc-repeat", 139, 140, 141, 142).processRuns("base-ovc-repeat", 126, 127, 127, 128)
                .processRuns("base-ovc-first", 300, 301, 302, 303).processRuns("base-by-hand", 60, 61, 62, 63));

        assertThat(rows).filteredOn(row -> row.figure().equals("ovc-repeat label") && row.target().equals("≤ base + noise"))
                .singleElement().extracting(Row::verdict).isEqualTo(Verdict.MISSED);
    }

    @Test
    void aMissingResultIsAMissedRowNotAFailedReport() {
        ResultsJson json = new ResultsJson().process("plain", 60, 38);
        for (String key : List.of("ovc-repeat", "ovc-first", "by-hand", "otel", "true", "exec", "exec-jar")) {
            json.process(key, 100, 40);
        }

        List<Row> rows = rows(json);

        Row finish = row(rows, "finish with 10,000 records");
        assertThat(finish.measured()).isEqualTo("no result");
        assertThat(finish.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(row(rows, "finish with 10 records").verdict()).isEqualTo(Verdict.INFO);
        // results of a harness from before the annotations-only peer: its rows say so, the report still builds
        Row peer = row(rows, "what the ovc-run agent adds (repeat run) / what OpenTelemetry's with only");
        assertThat(peer.measured()).isEqualTo("no result");
        assertThat(peer.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(row(rows, "otel-annotations").measured()).isEqualTo("no result");
    }
}
