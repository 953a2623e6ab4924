package ovc.run.benchmarks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessBenchmarkTest {

    @TempDir
    Path folder;

    @Test
    void measuredProcessesGetNoSettingThatWouldChangeWhatIsMeasured() {
        Map<String, String> env = ProcessBenchmark.cleanEnvironment(Map.of(
                "PATH", "/usr/bin", "HOME", "/root",
                "OVC_RUN_CAPTURE", "none", "GITHUB_ACTIONS", "true", "GITHUB_OUTPUT", "/tmp/out",
                "JAVA_TOOL_OPTIONS", "-Xmx64m", "_JAVA_OPTIONS", "-Xint", "JDK_JAVA_OPTIONS", "-Xint",
                "JAVA_OPTS", "-Xint", "OTEL_TRACES_EXPORTER", "otlp"), Path.of("/work/cache"));

        assertThat(env).containsOnly(Map.entry("PATH", "/usr/bin"), Map.entry("HOME", "/root"),
                Map.entry("XDG_CACHE_HOME", "/work/cache"));
    }

    @Test
    void measuredProcessesRunWithThirtyCredentialLikeVariablesBesideTheirOwn() {
        Map<String, String> clean = ProcessBenchmark.cleanEnvironment(Map.of("PATH", "/usr/bin", "OVC_RUN_CAPTURE", "none"),
                Path.of("/work/cache"));

        Map<String, String> env = ProcessBenchmark.realisticEnvironment(clean);

        assertThat(env).containsEntry("PATH", "/usr/bin").containsEntry("XDG_CACHE_HOME", "/work/cache")
                .doesNotContainKey("OVC_RUN_CAPTURE").hasSize(2 + 30);
        assertThat(env.keySet()).filteredOn(name -> name.endsWith("_TOKEN") || name.endsWith("_SECRET")
                || name.endsWith("_PASSWORD") || name.endsWith("_KEY") || name.endsWith("_DSN") || name.endsWith("_URL"))
                .hasSize(30).contains("DATABASE_URL", "OANDA_API_TOKEN", "DB_PASSWORD", "JWT_SECRET", "AWS_SECRET_ACCESS_KEY");
        assertThat(env.get("DATABASE_URL")).matches("postgres://[a-z_]+:[^@]+@[a-z.]+:5432/[a-z]+");
    }

    @Test
    void readsThePeakRssGnuTimeWroteLast() throws IOException {
        Path file = folder.resolve("rss.txt");
        Files.writeString(file, "Command exited with non-zero status 1\n40312\n\n");

        assertThat(ProcessBenchmark.peakRssKib(file)).isEqualTo(40312);
    }

    @Test
    void aFileWithoutAPeakRssIsAnError() throws IOException {
        Path file = folder.resolve("rss.txt");
        Files.writeString(file, "\n");

        assertThatThrownBy(() -> ProcessBenchmark.peakRssKib(file)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunFolderIsCheckedForWhatTheRunRecordedThenRemoved() throws IOException {
        Path reports = folder.resolve("reports/runs");
        Files.createDirectories(reports.resolve("20261125T181142Z__Bench-Small__0000000"));
        Files.writeString(reports.resolve("20261125T181142Z__Bench-Small__0000000/run.json"),
                "{\"status\": \"success\", \"ref\": \"EUR_USD\"}");

        Folders.requireOneRunThenDelete(reports, "ovc-repeat", "\"status\": \"success\"", "\"EUR_USD\"");

        assertThat(reports).doesNotExist();
    }

    @Test
    void aRunThatDidNotRecordItsInputFailsTheHarness() throws IOException {
        Path reports = folder.resolve("reports/runs");
        Files.createDirectories(reports.resolve("run"));
        Files.writeString(reports.resolve("run/run.json"), "{\"status\": \"success\"}");

        assertThatThrownBy(() -> Folders.requireOneRunThenDelete(reports, "ovc-first", "\"EUR_USD\""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ovc-first").hasMessageContaining("EUR_USD");
    }

    @Test
    void noRunFolderFailsTheHarness() {
        assertThatThrownBy(() -> Folders.requireOneRunThenDelete(folder.resolve("none"), "exec"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("found 0");
    }
}
