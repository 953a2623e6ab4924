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
        assertThat(rows).filteredOn(row -> row.verdict() == Verdict.MET).hasSize(24);
    }

    @Test
    void aCallMoreThanFiveNanosecondsOverTheEmptyCallIsMissed() {
        List<Row> rows = rows(ResultsJson.allMet().ns("FacadeOutsideRunBenchmark.input", 6.1, 0));

        Row input = row(rows, "`Run.input` outside a run");
        assertThat(input.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(input.measured()).isEqualTo("6.10 ns (+5.10)");
        assertThat(input.baseline()).isEqualTo("1.00 ns (empty call)");
        assertThat(input.ratio()).isEqualTo("6.10×");
        assertThat(input.target()).isEqualTo("≤ +5 ns over an empty call");
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
        assertThat(repeat.target()).isEqualTo("≤ +100 ms");
    }

    @Test
    void theAgentMayAddAtMostATwentiethOfWhatOpenTelemetryAdds() {
        // OpenTelemetry adds 2000 ms; the repeat run's +99 ms is within 100, the first run's +240 ms is not.
        List<Row> rows = rows(ResultsJson.allMet().process("otel", 2060, 270));

        List<Row> shares = rows.stream().filter(row -> row.figure().startsWith("what the ovc-run agent adds")).toList();
        assertThat(shares).extracting(Row::verdict).containsExactly(Verdict.MET, Verdict.MISSED);
        assertThat(shares.get(1).ratio()).isEqualTo("0.120");
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
    }
}
