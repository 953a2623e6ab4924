package ovc.run.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Report.Machine MACHINE = new Report.Machine("2", " AMD EPYC 7B13", "OpenJDK 17.0.15",
            "2.49 3.04 3.37", "2.10 2.80 3.20", "2026-11-25T18:40:00Z", "431", "49bad68");

    @Test
    void saysWhereAndWhenTheFiguresWereMeasured() {
        ResultsJson json = ResultsJson.allMet();
        JmhResults jmh = JmhResults.parse(json.jmhJson());
        ProcessResults process = ProcessResults.parse(json.processJson());

        String md = Report.document(MACHINE, jmh, process, ResultsReport.rows(jmh, process));

        assertThat(md).startsWith("# Benchmark results\n")
                .contains("(431 s, started 2026-11-25T18:40:00Z, commit `49bad68`)")
                .contains("- Machine: 2 processors (`nproc`), AMD EPYC 7B13\n")
                .contains("- JDK: OpenJDK 17.0.15\n")
                .contains("- Load average (1, 5, 15 min): 2.49 3.04 3.37 at start, 2.10 2.80 3.20 at the end\n")
                .contains(MarkdownTable.HEADER)
                .contains("## Targets missed in this run\n\nNone.\n");
    }

    @Test
    void listsEachMissedTargetWithItsFigure() {
        ResultsJson json = ResultsJson.allMet().process("ovc-first", 900, 84);
        JmhResults jmh = JmhResults.parse(json.jmhJson());
        ProcessResults process = ProcessResults.parse(json.processJson());
        List<Row> rows = ResultsReport.rows(jmh, process);

        String md = Report.document(MACHINE, jmh, process, rows);

        assertThat(md).contains("- ovc-first label: 900 ms (+840), target ≤ +200 ms\n")
                .contains("- ovc-first label: 84.0 MiB (+46.0), target ≤ +32 MiB\n")
                .doesNotContain("None.");
    }
}
