package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fixture.StaticMain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviours 2, 3, 4 and 8: inputs, outputs and captured output land in the run. */
class RecordingIT {

    @TempDir
    Path work;

    @Test
    void runInputArgumentsAndReturnValuesBecomeInputsByTheDocumentedRules() {
        RunFolder run = runStaticMain(null);

        assertThat(entries(run.runJson().path("inputs"))).containsExactly(
                "oanda EUR_USD",
                "csv data/in.csv",          // a Path as given, not made absolute
                "file rel/f.txt",
                "http https://example.org/x",
                "oanda GBP_USD",            // an enum by name
                "account 42",               // a number by its string form
                "csv a", "csv b",           // an array: one input per element
                "csv c",                    // an Iterable too; null gave none
                "oanda_range candles 2026-01", // RunRef supplies ref and range
                "neon_table ovc.fixed all", // the annotation's ref and range win
                "neon_table ovc.loaded");   // @RunInput on a method: its return value
    }

    @Test
    void runOutputReturnValuesAndParametersBecomeOutputsWithRowCounts() {
        RunFolder run = runStaticMain(null);

        JsonNode outputs = run.runJson().path("outputs");
        assertThat(entries(outputs)).containsExactly(
                "neon_table ovc.ovc_blocks_v01_1_min",
                "neon_table ovc.upserted",
                "file out/export.parquet",
                "file out/report.csv");
        assertThat(outputs.get(0).path("rows_written").asLong()).isEqualTo(3);
        assertThat(outputs.get(0).has("rows_updated")).isFalse();
        assertThat(outputs.get(1).path("rows_written").asLong()).isEqualTo(5);
        assertThat(outputs.get(1).path("rows_updated").asLong()).isEqualTo(7);
    }

    @Test
    void stdoutAndStderrOfTheRunAndItsWorkerThreadsAreCapturedOnceInOrderAndStillPrinted() {
        AgentProcess.Result result = AgentProcess.of(work, StaticMain.class).run();
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Static-Main");

        List<String> messages = run.logMessages();
        assertThat(messages).containsSubsequence("printed to stdout", "printed to stderr", "printed by a worker thread");
        assertThat(messages).filteredOn("printed to stdout"::equals).hasSize(1);
        assertThat(messages).filteredOn("printed by a worker thread"::equals).hasSize(1);
        assertThat(result.stdout()).contains("printed to stdout\n", "printed by a worker thread\n");
        assertThat(result.stderr()).contains("printed to stderr\n");
    }

    @Test
    void captureNoneKeepsPrintedLinesOutOfRunLog() {
        RunFolder run = runStaticMain("capture=none");

        assertThat(run.logMessages()).noneMatch(line -> line.startsWith("printed "));
    }

    private RunFolder runStaticMain(String options) {
        AgentProcess.Result result = AgentProcess.of(work, StaticMain.class).agentOptions(options).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return FixtureRunFolders.only(work.resolve("reports/runs"), "Static-Main");
    }

    private static List<String> entries(JsonNode array) {
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : array) {
            String text = entry.path("type").asText() + " " + entry.path("ref").asText();
            entries.add(entry.has("range") ? text + " " + entry.path("range").asText() : text);
        }
        return entries;
    }
}
