package ovc.run.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inside a GitHub Actions job the report is named in the job's summary page. */
class StepSummaryTest {

    @TempDir
    Path dir;

    private ReportCli cli;

    @BeforeEach
    void folders() {
        cli = new ReportCli(dir);
        ReportSite.write(dir.resolve("reports/runs"));
    }

    @Test
    void inAWorkflowTheSummaryNamesTheCountsTheSiteAndTheWorkflowRunToDownloadItFrom() throws Exception {
        Path summary = Files.writeString(dir.resolve("step_summary.md"), "earlier step\n");
        cli.env.put("GITHUB_STEP_SUMMARY", summary.toString());
        cli.env.put("GITHUB_SERVER_URL", "https://github.com");
        cli.env.put("GITHUB_REPOSITORY", "ovc/pipelines");
        cli.env.put("GITHUB_RUN_ID", "4242");

        ReportCli.Result result = cli.run("report");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(Files.readString(summary)).isEqualTo("earlier step\n**ovc-run report**: 11 runs of 7 pipelines,"
                + " 3 failing; site written to `" + dir.resolve("reports/site") + "` (open `index.html`); upload it as"
                + " an artifact and download it from [this workflow run](https://github.com/ovc/pipelines/actions/runs/4242)\n\n");
    }

    @Test
    void withoutTheWorkflowRunsAddressTheSummaryNamesTheSiteOnly() throws Exception {
        Path summary = dir.resolve("created_by_the_report.md");
        cli.env.put("GITHUB_STEP_SUMMARY", summary.toString());

        assertThat(cli.run("report").code()).isZero();

        assertThat(Files.readString(summary)).isEqualTo("**ovc-run report**: 11 runs of 7 pipelines, 3 failing; site"
                + " written to `" + dir.resolve("reports/site") + "` (open `index.html`)\n\n");
    }

    @Test
    void outsideAWorkflowNoSummaryIsWritten() throws Exception {
        assertThat(cli.run("report").code()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("reports");
        }
    }

    @Test
    void aFifoAsTheSummaryIsSkippedWithAWarningInsteadOfBlockingTheReport() throws Exception {
        Path fifo = dir.resolve("summary.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        cli.env.put("GITHUB_STEP_SUMMARY", fifo.toString());

        // Opening a FIFO for writing blocks until a reader comes: the guard turns a hang into a failure.
        ReportCli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cli.run("report"));

        assertThat(result.code()).isZero();
        assertThat(result.err()).contains("ovc-run report: GITHUB_STEP_SUMMARY " + fifo
                + " is not a regular file; the report is not named there");
    }
}
