package ovc.run.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds results files in the shape JMH and the process harness write them, for tests. */
final class ResultsJson {

    private final List<String> jmh = new ArrayList<>();
    private final List<String> variants = new ArrayList<>();

    /** An average-time result in ns/op with its allocation. */
    ResultsJson ns(String name, double score, double allocation) {
        return jmh(name, "", "avgt", score, "ns/op", allocation);
    }

    /** A single-shot result in ms/op of {@code FinishRunBenchmark.finish} with {@code records}. */
    ResultsJson finishMs(int records, double score) {
        return jmh("FinishRunBenchmark.finish", "\"records\": \"" + records + "\"", "ss", score, "ms/op", 100);
    }

    /** A throughput result in ops/s. */
    ResultsJson opsPerSecond(String name, double score) {
        return jmh(name, "", "thrpt", score, "ops/s", 1500);
    }

    private ResultsJson jmh(String name, String params, String mode, double score, String unit, double allocation) {
        jmh.add(String.format(Locale.ROOT, """
                {"benchmark": "ovc.run.benchmarks.%s", "mode": "%s", "forks": 1,
                 "warmupIterations": 3, "warmupTime": "1 s", "measurementIterations": 5, "measurementTime": "1 s",
                 "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "17.0.15+6",
                 "params": {%s},
                 "primaryMetric": {"score": %s, "scoreError": "NaN", "scoreUnit": "%s"},
                 "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %s, "scoreUnit": "B/op"}}}""",
                name, mode, params, score, unit, allocation));
        return this;
    }

    /** A process variant whose runs all took {@code wallMs} and peaked at {@code rssMib}. */
    ResultsJson process(String key, double wallMs, double rssMib) {
        variants.add(String.format(Locale.ROOT,
                "{\"key\": \"%s\", \"label\": \"%s label\", \"wall_ms\": [%s, %s, %s], \"peak_rss_kib\": [%s, %s, %s]}",
                key, key, wallMs + 50, wallMs, wallMs - 1, rssMib * 1024, rssMib * 1024, rssMib * 1024));
        return this;
    }

    /** A process variant with exactly these start-to-exit times, each run peaking at 40 MiB. */
    ResultsJson processRuns(String key, double... wallMs) {
        List<String> times = new ArrayList<>();
        List<String> rss = new ArrayList<>();
        for (double wall : wallMs) {
            times.add(Double.toString(wall));
            rss.add(Double.toString(40 * 1024));
        }
        variants.add(String.format(Locale.ROOT, "{\"key\": \"%s\", \"label\": \"%s label\", \"wall_ms\": [%s], \"peak_rss_kib\": [%s]}",
                key, key, String.join(", ", times), String.join(", ", rss)));
        return this;
    }

    String jmhJson() {
        return "[" + String.join(",\n", jmh) + "]";
    }

    String processJson() {
        return "{\"runs\": 3, \"warmup_rounds\": 1, \"variants\": [" + String.join(",\n", variants) + "]}";
    }

    /** Results where every target is met by a small margin. */
    static ResultsJson allMet() {
        return new ResultsJson()
                .ns("FacadeOutsideRunBenchmark.baselineBlackhole", 1.0, 0.0001)
                .ns("FacadeOutsideRunBenchmark.input", 5.9, 0.0001)
                .ns("FacadeOutsideRunBenchmark.outputWithCounts", 2.0, 0.0001)
                .ns("FacadeOutsideRunBenchmark.checkWithEvidence", 2.0, 0.0001)
                .ns("FacadeOutsideRunBenchmark.log", 2.0, 0.001)
                .ns("RecordNewEntriesBenchmark.input", 299, 120)
                .ns("RecordNewEntriesBenchmark.output", 250, 140)
                .ns("RecordNewEntriesBenchmark.check", 280, 160)
                .ns("RecordInsideRunBenchmark.inputRecordedRefsInTurn", 120, 80)
                .ns("RecordInsideRunBenchmark.inputAlreadyRecorded", 90, 80)
                .ns("RecordInsideRunBenchmark.outputRecordedRefsInTurn", 150, 100)
                .ns("RecordInsideRunBenchmark.checkMergedIntoSameId", 150, 100)
                .ns("RunInputBenchmark.plain", 0.34, 0.001)
                .ns("RunInputBenchmark.parameter", 0.44, 0.001)
                .ns("RunInputBenchmark.returnValue", 0.43, 0.001)
                .ns("RunInputBenchmark.plainInsideRun", 0.35, 0.0001)
                .ns("RunInputBenchmark.parameterInsideRunAlreadyRecorded", 101, 80)
                .ns("RunInputBenchmark.returnValueInsideRunAlreadyRecorded", 95, 80)
                .ns("RunInputBenchmark.plainInsideRunNewEntry", 2.0, 0.0001)
                .ns("RunInputBenchmark.parameterInsideRunNewEntry", 301, 120)
                .ns("RunInputBenchmark.returnValueInsideRunNewEntry", 250, 120)
                .ns("ExecutorHandOverBenchmark.plainExecute", 3.0, 0.0001)
                .ns("ExecutorHandOverBenchmark.executeOutsideRun", 7.9, 0.0001)
                .ns("ExecutorHandOverBenchmark.plainExecuteNewTask", 10.0, 16)
                .ns("ExecutorHandOverBenchmark.executeAndTakeOverInsideRun", 109, 64)
                .ns("MaskingCostBenchmark.lineBase", 100, 0)
                .ns("MaskingCostBenchmark.lineNow", 149, 0)
                .ns("MaskingCostBenchmark.refBase", 20, 0)
                .ns("MaskingCostBenchmark.refNow", 29, 0)
                .ns("MaskingCostBenchmark.leakyBase", 200, 80)
                .ns("MaskingCostBenchmark.leakyNow", 299, 80)
                .finishMs(10, 1.5)
                .finishMs(1000, 4)
                .finishMs(10000, 49)
                .finishMs(100000, 480)
                .opsPerSecond("CapturedOutputBenchmark.printlnToFile", 1_000_000)
                .opsPerSecond("CapturedOutputBenchmark.printlnCaptured", 700_000)
                .opsPerSecond("CapturedOutputBenchmark.runLogOnly", 900_000)
                .process("plain", 60, 38)
                .process("ovc-repeat", 109, 69)
                .process("ovc-repeat-openlineage", 409, 75)
                .process("ovc-first", 259, 70)
                .process("by-hand", 79, 45)
                .process("otel", 5000, 270)
                .process("otel-annotations", 1040, 120)
                .process("true", 2, 1)
                .process("exec", 300, 50)
                .process("exec-jar", 420, 60);
    }
}
