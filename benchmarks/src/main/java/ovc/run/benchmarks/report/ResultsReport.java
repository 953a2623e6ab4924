package ovc.run.benchmarks.report;

import static ovc.run.benchmarks.report.Numbers.grouped;
import static ovc.run.benchmarks.report.Numbers.plain;
import static ovc.run.benchmarks.report.Numbers.ratio;
import static ovc.run.benchmarks.report.Numbers.short3;
import static ovc.run.benchmarks.report.Numbers.signed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The results table: each figure against its baseline from the same run and the target. */
final class ResultsReport {

    /** Outside a run, a {@code Run.*} call or a woven method may add at most this over its baseline. */
    static final double OUTSIDE_ADDED_NS = 5;
    /** Below this, JMH's {@code gc.alloc.rate.norm} is its own bookkeeping, not the code's: a real allocation is at least 16 B. */
    static final double NO_ALLOCATION_BYTES = 0.1;
    /** Inside a run, recording one thing may take at most this. */
    static final double INSIDE_NS = 300;
    static final double FINISH_10K_MS = 50;
    /** 10x the records may take at most this many times as long: linear, with room for a larger heap's GC. */
    static final double LINEAR_RATIO = 12;
    static final double CAPTURE_MIN_RATIO = 0.7;
    static final double REPEAT_RUN_ADDED_MS = 50;
    static final double FIRST_RUN_ADDED_MS = 200;
    /** What sending a run's OpenLineage events to a local backend may add to the agent's repeat run (issue 14). */
    static final double OPENLINEAGE_ADDED_MS = 300;
    /** What a run recorded by hand with {@code RunWriter} may add to a plain JVM's start to exit. */
    static final double BY_HAND_ADDED_MS = 20;
    static final double OTEL_FRACTION = 1.0 / 20;
    static final double RSS_ADDED_MIB = 32;
    static final double EXEC_ADDED_MS = 300;
    /** What carrying a run may add to {@code execute()} outside a run (issue 11). */
    static final double HAND_OVER_OUTSIDE_NS = 5;
    /** What carrying a run may add to {@code execute()} inside one, the take-over included (issue 11). */
    static final double HAND_OVER_INSIDE_NS = 100;
    /** Masking with today's policy may cost at most this many times the base commit's (issue 13). */
    static final double MASKING_MAX_RATIO = 1.5;

    private static final String OUTSIDE_RUN = "FacadeOutsideRunBenchmark.";
    private static final String INSIDE_RUN = "RecordInsideRunBenchmark.";
    private static final String NEW_ENTRIES = "RecordNewEntriesBenchmark.";
    private static final String RUN_INPUT = "RunInputBenchmark.";
    private static final String FINISH = "FinishRunBenchmark.finish:records=";
    private static final String CAPTURE = "CapturedOutputBenchmark.";
    private static final String HAND_OVER = "ExecutorHandOverBenchmark.";
    private static final String MASKING = "MaskingCostBenchmark.";
    /** The process harness's key of OpenTelemetry's agent with only its annotation instrumentation on. */
    private static final String OTEL_ANNOTATIONS = "otel-annotations";
    private static final String OVC_OPENLINEAGE = "ovc-repeat-openlineage";
    /** Key prefix of the base commit's variants (the harness's {@code BaseCommitVariants.PREFIX}). */
    private static final String BASE = "base-";
    /** Key prefix of the Java 25 variants (the harness's {@code AotCacheVariants.PREFIX}). */
    private static final String JAVA25 = "java25-";

    private final JmhResults jmh;
    private final ProcessResults process;
    private final List<Row> rows = new ArrayList<>();

    private ResultsReport(JmhResults jmh, ProcessResults process) {
        this.jmh = jmh;
        this.process = process;
    }

    /** Every row of the table, in sections. */
    public static List<Row> rows(JmhResults jmh, ProcessResults process) {
        ResultsReport report = new ResultsReport(jmh, process);
        report.facade();
        report.runInput();
        report.finish();
        report.capture();
        report.handOver();
        report.masking();
        report.startUp();
        report.java25();
        report.baseCommit();
        report.exec();
        return report.rows;
    }

    private void facade() {
        rows.add(Row.section("Run.* outside a run (JMH)"));
        for (String call : List.of("input", "outputWithCounts", "checkWithEvidence", "log")) {
            add("`Run." + call.replace("WithCounts", "").replace("WithEvidence", "") + "` outside a run",
                    target(OUTSIDE_ADDED_NS, "ns over a Blackhole"),
                    () -> addedNs(jmh.get(OUTSIDE_RUN + call), jmh.get(OUTSIDE_RUN + "baselineBlackhole"), "Blackhole",
                            OUTSIDE_ADDED_NS));
        }
        add("`Run.*` outside a run: allocation (largest of the four)", "0 B/op", () -> allocation(
                List.of("input", "outputWithCounts", "checkWithEvidence", "log"), OUTSIDE_RUN,
                jmh.get(OUTSIDE_RUN + "baselineBlackhole")));

        rows.add(Row.section("Run.* inside a run (JMH)"));
        String[][] inside = {
            {NEW_ENTRIES + "input", "input", "`Run.input`, a new entry each call"},
            {INSIDE_RUN + "inputRecordedRefsInTurn", "input", "`Run.input`, 1 024 recorded refs in turn (de-duplicated)"},
            {INSIDE_RUN + "inputAlreadyRecorded", "input", "`Run.input`, the same input each call (already recorded)"},
            {NEW_ENTRIES + "output", "outputWithCounts", "`Run.output` with counts, a new entry each call"},
            {INSIDE_RUN + "outputRecordedRefsInTurn", "outputWithCounts",
                "`Run.output` with counts, 1 024 recorded refs in turn (de-duplicated)"},
            {NEW_ENTRIES + "check", "checkWithEvidence", "`Run.check` with evidence, a new check id each call (appended)"},
            {INSIDE_RUN + "checkMergedIntoSameId", "checkWithEvidence",
                "`Run.check` with evidence, the same id each call (merged)"},
        };
        for (String[] call : inside) {
            add(call[2], "≤ " + plain(INSIDE_NS) + " ns",
                    () -> atMostNs(jmh.get(call[0]), jmh.get(OUTSIDE_RUN + call[1]), "outside a run", INSIDE_NS));
        }
    }

    private void runInput() {
        rows.add(Row.section("@RunInput method woven by the agent vs the same method plain (JMH, agent attached)"));
        Supplier<Score> plain = () -> jmh.get(RUN_INPUT + "plain");
        add("`@RunInput` parameter, outside a run", target(OUTSIDE_ADDED_NS, "ns over plain"),
                () -> addedNs(jmh.get(RUN_INPUT + "parameter"), plain.get(), "plain", OUTSIDE_ADDED_NS));
        add("`@RunInput` method (return value), outside a run", target(OUTSIDE_ADDED_NS, "ns over plain"),
                () -> addedNs(jmh.get(RUN_INPUT + "returnValue"), plain.get(), "plain", OUTSIDE_ADDED_NS));
        add("`@RunInput` outside a run: allocation (larger of the two)", "0 B/op",
                () -> allocation(List.of("parameter", "returnValue"), RUN_INPUT, plain.get()));
        Supplier<Score> plainInside = () -> jmh.get(RUN_INPUT + "plainInsideRun");
        Supplier<Score> plainNew = () -> jmh.get(RUN_INPUT + "plainInsideRunNewEntry");
        add("`@RunInput` parameter, inside a run, a new input each call", target(INSIDE_NS, "ns over plain"),
                () -> addedNs(jmh.get(RUN_INPUT + "parameterInsideRunNewEntry"), plainNew.get(), "plain", INSIDE_NS));
        add("`@RunInput` parameter, inside a run, the same input each call (already recorded)", target(INSIDE_NS, "ns over plain"),
                () -> addedNs(jmh.get(RUN_INPUT + "parameterInsideRunAlreadyRecorded"), plainInside.get(), "plain", INSIDE_NS));
        add("`@RunInput` method, inside a run, a new return value each call", target(INSIDE_NS, "ns over plain"),
                () -> addedNs(jmh.get(RUN_INPUT + "returnValueInsideRunNewEntry"), plainNew.get(), "plain", INSIDE_NS));
        add("`@RunInput` method, inside a run, the same return value each call (already recorded)",
                target(INSIDE_NS, "ns over plain"),
                () -> addedNs(jmh.get(RUN_INPUT + "returnValueInsideRunAlreadyRecorded"), plainInside.get(), "plain", INSIDE_NS));
    }

    private void finish() {
        rows.add(Row.section("Finishing a run: status, run.json and checks.json (JMH, single shot)"));
        for (String records : List.of("10", "1000")) {
            add("finish with " + grouped(Double.parseDouble(records)) + " records", "",
                    () -> info(jmh.get(FINISH + records).withError() + " ms", ""));
        }
        add("finish with 10,000 records", "≤ " + plain(FINISH_10K_MS) + " ms", () -> {
            Score tenThousand = jmh.get(FINISH + "10000");
            Score ten = jmh.get(FINISH + "10");
            return new Row("", tenThousand.withError() + " ms", short3(ten.value()) + " ms (10 records)",
                    ratio(Stats.ratio(tenThousand.value(), ten.value())), "", Verdict.of(tenThousand.value() <= FINISH_10K_MS));
        });
        add("finish with 100,000 records: growth over 10,000", "≤ " + plain(LINEAR_RATIO) + "× (linear: 10× the records)",
                () -> {
                    Score large = jmh.get(FINISH + "100000");
                    Score tenThousand = jmh.get(FINISH + "10000");
                    double growth = Stats.ratio(large.value(), tenThousand.value());
                    return new Row("", large.withError() + " ms", short3(tenThousand.value()) + " ms (10,000)",
                            ratio(growth), "", Verdict.of(growth <= LINEAR_RATIO));
                });
    }

    private void handOver() {
        rows.add(Row.section("Carrying a run into a pool: `ThreadPoolExecutor.execute` woven vs plain (JMH)"));
        add("`execute` outside a run (the same task each call)", target(HAND_OVER_OUTSIDE_NS, "ns over plain"),
                () -> addedNs(jmh.get(HAND_OVER + "executeOutsideRun"), jmh.get(HAND_OVER + "plainExecute"), "plain",
                        HAND_OVER_OUTSIDE_NS));
        add("`execute` outside a run: allocation", "0 B/op",
                () -> allocation(List.of("executeOutsideRun"), HAND_OVER, jmh.get(HAND_OVER + "plainExecute")));
        add("`execute` inside a run, a new task each call, taken over as a pool thread does",
                target(HAND_OVER_INSIDE_NS, "ns over plain"),
                () -> addedNs(jmh.get(HAND_OVER + "executeAndTakeOverInsideRun"),
                        jmh.get(HAND_OVER + "plainExecuteNewTask"), "plain, new task", HAND_OVER_INSIDE_NS));
    }

    private void masking() {
        rows.add(Row.section("Masking one text, 30 credential-like variables set: today's policy vs the base commit's"
                + " one `contains` per secret (JMH, same JVM)"));
        String[][] texts = {
            {"line", "a captured progress line (no secret in it)"},
            {"ref", "a `Run.input` ref (no secret in it)"},
            {"leaky", "a line holding a secret and a URL credential"},
        };
        for (String[] text : texts) {
            add("masking " + text[1], "≤ " + plain(MASKING_MAX_RATIO) + "× base", () -> {
                Score now = jmh.get(MASKING + text[0] + "Now");
                Score base = jmh.get(MASKING + text[0] + "Base");
                double times = Stats.ratio(now.value(), base.value());
                return new Row("", now.withError() + " ns", short3(base.value()) + " ns (base commit's masking)",
                        ratio(times), "", Verdict.of(times <= MASKING_MAX_RATIO));
            });
        }
    }

    private void capture() {
        rows.add(Row.section("run.log: captured stdout vs println to a plain file (JMH, lines/s)"));
        Supplier<Score> plain = () -> jmh.get(CAPTURE + "printlnToFile");
        add("`System.out.println` captured into run.log", "≥ " + plain(CAPTURE_MIN_RATIO) + "× plain", () -> {
            Score captured = jmh.get(CAPTURE + "printlnCaptured");
            double share = Stats.ratio(captured.value(), plain.get().value());
            return new Row("", grouped(captured.value()) + " lines/s", grouped(plain.get().value()) + " lines/s (plain file)",
                    ratio(share), "", Verdict.of(share >= CAPTURE_MIN_RATIO));
        });
        add("run.log append alone (`Run.log`), for comparison", "", () -> {
            Score log = jmh.get(CAPTURE + "runLogOnly");
            return new Row("", grouped(log.value()) + " lines/s", grouped(plain.get().value()) + " lines/s (plain file)",
                    ratio(Stats.ratio(log.value(), plain.get().value())), "", Verdict.INFO);
        });
    }

    private void startUp() {
        rows.add(Row.section("Whole process: start to exit of a small @Pipeline main (median of "
                + process.runs() + " alternated runs)"));
        add(process.label("plain"), "", () -> info(ms(process.medianWallMs("plain")), ""));
        addedMsRow("ovc-repeat", "plain", REPEAT_RUN_ADDED_MS);
        addedMsRow("ovc-first", "plain", FIRST_RUN_ADDED_MS);
        // The floor any Java agent pays, and what ovc-run's agent adds above that floor.
        addedMsRow("empty-agent", "plain", Double.NaN);
        addedMsRow("ovc-repeat", "empty-agent", Double.NaN);
        addedMsRow(OVC_OPENLINEAGE, "ovc-repeat", OPENLINEAGE_ADDED_MS);
        addedMsRow("by-hand", "plain", BY_HAND_ADDED_MS);
        addedMsRow("otel", "plain", Double.NaN);
        addedMsRow(OTEL_ANNOTATIONS, "plain", Double.NaN);
        for (String key : List.of("ovc-repeat", "ovc-first")) {
            otelShareRow(key, "otel", "OpenTelemetry's adds", "OpenTelemetry");
        }
        otelShareRow("ovc-repeat", OTEL_ANNOTATIONS, "OpenTelemetry's with only its annotation instrumentation adds",
                "OpenTelemetry, annotations only");

        rows.add(Row.section("Whole process: peak RSS (median, GNU time %M)"));
        add(process.label("plain"), "", () -> info(mib(process.medianPeakRssMib("plain")), ""));
        for (String key : List.of("ovc-repeat", "ovc-first", "by-hand", "otel", OTEL_ANNOTATIONS)) {
            boolean targeted = key.startsWith("ovc");
            add(label(key), targeted ? "≤ +" + plain(RSS_ADDED_MIB) + " MiB" : "", () -> {
                double measured = process.medianPeakRssMib(key);
                double baseline = process.medianPeakRssMib("plain");
                return new Row("", mib(measured) + " (" + signed(measured - baseline) + ")", mib(baseline) + " (no agent)",
                        ratio(Stats.ratio(measured, baseline)), "",
                        targeted ? Verdict.of(measured - baseline <= RSS_ADDED_MIB) : Verdict.INFO);
            });
        }
    }

    /**
     * The same targets on Java 25, started as the JVM starts by default and then from an AOT cache
     * trained by one run (the harness's {@code AotCacheVariants}); from the cache, against a plain
     * program started from its own, so that the rows show what ovc-run costs where the JVM's own
     * start-up work is cached alike. Left out when the harness ran without {@code --java25}.
     */
    private void java25() {
        if (!process.has(JAVA25 + "plain")) {
            return;
        }
        rows.add(Row.section("Whole process on Java 25, without and with an AOT cache (-XX:AOTCache, JEP 483/514)"
                + " (median of " + process.runs() + " alternated runs)"));
        for (String kind : List.of("", "aot-")) {
            String plainKey = JAVA25 + kind + "plain";
            add(process.label(plainKey), "", () -> info(ms(process.medianWallMs(plainKey)), ""));
            addedMsRow(JAVA25 + kind + "ovc-repeat", plainKey, REPEAT_RUN_ADDED_MS);
            addedMsRow(JAVA25 + kind + "by-hand", plainKey, BY_HAND_ADDED_MS);
        }
        String plainKey = JAVA25 + "plain";
        String cachedKey = JAVA25 + "aot-plain";
        add("what the AOT cache alone does: the program without ovc-run, from its cache against without", "", () -> {
            double measured = process.medianWallMs(cachedKey);
            double baseline = process.medianWallMs(plainKey);
            return new Row("", ms(measured) + " (" + signed(measured - baseline) + ")",
                    ms(baseline) + " (" + process.label(plainKey) + ")", ratio(Stats.ratio(measured, baseline)), "",
                    Verdict.INFO);
        });
    }

    /** What the ovc-run agent adds ({@code key}) against 1/20 of what OpenTelemetry's agent ({@code otelKey}) adds. */
    private void otelShareRow(String key, String otelKey, String theirsFigure, String theirsName) {
        add("what the ovc-run agent adds (" + (key.equals("ovc-repeat") ? "repeat" : "first") + " run) / what " + theirsFigure,
                "≤ 1/20 (" + plain(OTEL_FRACTION) + ")", () -> {
                    double ours = added(key);
                    double theirs = added(otelKey);
                    double share = Stats.ratio(ours, theirs);
                    return new Row("", signed(ours) + " ms", signed(theirs) + " ms (" + theirsName + ")", short3(share), "",
                            Verdict.of(share <= OTEL_FRACTION));
                });
    }

    /**
     * This commit's agent and {@code RunWriter} runs against the base commit's, measured in the same
     * rounds (the trust and OpenLineage issues: start-up unchanged within noise, nothing configured).
     * Within noise: slower by no more than the larger interquartile range of the two.
     */
    private void baseCommit() {
        if (!process.has(BASE + "ovc-repeat")) {
            return;
        }
        rows.add(Row.section("Whole process: this commit against the base commit, measured in the same rounds (median of "
                + process.runs() + " alternated runs)"));
        for (String key : List.of("ovc-repeat", "ovc-first", "by-hand")) {
            String baseKey = BASE + key;
            add(label(key), "≤ base + noise", () -> {
                double measured = process.medianWallMs(key);
                double baseline = process.medianWallMs(baseKey);
                double noise = Math.max(process.wallSpreadMs(key), process.wallSpreadMs(baseKey));
                return new Row("", ms(measured) + " (" + signed(measured - baseline) + ", noise " + ms(noise) + ")",
                        ms(baseline) + " (" + process.label(baseKey) + ")", ratio(Stats.ratio(measured, baseline)), "",
                        Verdict.of(measured - baseline <= noise));
            });
        }
    }

    private void exec() {
        rows.add(Row.section("ovc-run exec (median of " + process.runs() + " alternated runs)"));
        addedMsRow("exec", "true", EXEC_ADDED_MS);
        addedMsRow("exec-jar", "true", Double.NaN);
    }

    private void addedMsRow(String key, String baselineKey, double maxAdded) {
        boolean targeted = !Double.isNaN(maxAdded);
        add(label(key), targeted ? "≤ +" + plain(maxAdded) + " ms" : "", () -> {
            double measured = process.medianWallMs(key);
            double baseline = process.medianWallMs(baselineKey);
            double added = measured - baseline;
            return new Row("", ms(measured) + " (" + signed(added) + ")", ms(baseline) + " (" + process.label(baselineKey) + ")",
                    ratio(Stats.ratio(measured, baseline)), "", targeted ? Verdict.of(added <= maxAdded) : Verdict.INFO);
        });
    }

    /** What {@code key} runs; its key when the results lack it (from an older harness), so that its rows say "no result". */
    private String label(String key) {
        try {
            return process.label(key);
        } catch (IllegalArgumentException missing) {
            return key;
        }
    }

    private double added(String key) {
        return process.medianWallMs(key) - process.medianWallMs("plain");
    }

    /** Adds a row built by {@code measure}, with {@code figure} and {@code target}; a result that is missing fails the row, not the report. */
    private void add(String figure, String target, Supplier<Row> measure) {
        Row measured;
        try {
            measured = measure.get();
        } catch (IllegalArgumentException missing) {
            rows.add(new Row(figure, "no result", "", "", target, target.isEmpty() ? Verdict.INFO : Verdict.MISSED));
            return;
        }
        rows.add(new Row(figure, measured.measured(), measured.baseline(), measured.ratio(), target, measured.verdict()));
    }

    static Row addedNs(Score measured, Score baseline, String baselineName, double maxAdded) {
        double added = measured.value() - baseline.value();
        return new Row("", measured.withError() + " ns (" + signed(added) + ")", short3(baseline.value()) + " ns (" + baselineName + ")",
                ratio(Stats.ratio(measured.value(), baseline.value())), "", Verdict.of(added <= maxAdded));
    }

    static Row atMostNs(Score measured, Score baseline, String baselineName, double max) {
        return new Row("", measured.withError() + " ns", short3(baseline.value()) + " ns (" + baselineName + ")",
                ratio(Stats.ratio(measured.value(), baseline.value())), "", Verdict.of(measured.value() <= max));
    }

    private Row allocation(List<String> methods, String prefix, Score baseline) {
        String largest = methods.get(0);
        for (String method : methods) {
            if (jmh.get(prefix + method).allocationBytesPerOp() > jmh.get(prefix + largest).allocationBytesPerOp()) {
                largest = method;
            }
        }
        double bytes = jmh.get(prefix + largest).allocationBytesPerOp();
        return new Row("", bytes(bytes) + " (" + largest + ")", bytes(baseline.allocationBytesPerOp()), "", "",
                Verdict.of(bytes < NO_ALLOCATION_BYTES));
    }

    private static Row info(String measured, String baseline) {
        return new Row("", measured, baseline, "", "", Verdict.INFO);
    }

    private static String target(double max, String over) {
        return "≤ +" + plain(max) + " " + over;
    }

    private static String ms(double value) {
        return short3(value) + " ms";
    }

    private static String mib(double value) {
        return short3(value) + " MiB";
    }

    private static String bytes(double value) {
        return Double.isNaN(value) ? "n/a (run with -prof gc)" : short3(value) + " B/op";
    }
}
