package ovc.run.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void writesAHeaderThenOneLinePerRow() {
        String table = MarkdownTable.format(List.of(
                Row.section("Whole process"),
                new Row("no agent", "63.1 ms", "", "", "", Verdict.INFO),
                new Row("agent, repeat run", "306 ms (+243)", "63.1 ms (no agent)", "4.85×", "≤ +100 ms", Verdict.MISSED),
                new Row("exec", "298 ms (+286)", "11.7 ms (true)", "25.4×", "≤ +300 ms", Verdict.MET)));

        assertThat(table).isEqualTo("""
                | figure | measured | baseline (same run) | ratio | target | result |
                |---|---:|---:|---:|---|---|
                | **Whole process** |  |  |  |  |  |
                | no agent | 63.1 ms |  |  |  |  |
                | agent, repeat run | 306 ms (+243) | 63.1 ms (no agent) | 4.85× | ≤ +100 ms | **missed** |
                | exec | 298 ms (+286) | 11.7 ms (true) | 25.4× | ≤ +300 ms | met |
                """);
    }

    @Test
    void aPipeOrLineBreakInACellCannotBreakTheTable() {
        String table = MarkdownTable.format(List.of(new Row("a | b", "1\n2", "", "", "", Verdict.INFO)));

        assertThat(table).endsWith("| a \\| b | 1 2 |  |  |  |  |\n");
    }
}
