package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status}, {@code validate}, {@code report}, {@code ls} and {@code export} pointed at a reports folder that is not there fail, naming it. */
class MissingReportsFolderTest {

    @TempDir
    Path dir;

    @Test
    void statusAndValidateFailOnAMissingReportsFolder() {
        Cli cli = new Cli(dir);
        Path wrong = dir.resolve("reprots/runs");

        Cli.Result status = cli.run("status", "--reports", "reprots/runs");
        Cli.Result validate = cli.run("validate", "--reports", "reprots/runs");

        assertThat(status.code()).isEqualTo(2);
        assertThat(status.err()).isEqualTo("ovc-run status: reports folder " + wrong + " does not exist"
                + " (set it with --reports DIR, -Dovc.run.reports or OVC_RUN_REPORTS)\n");
        assertThat(validate.code()).isEqualTo(2);
        assertThat(validate.err()).startsWith("ovc-run validate: reports folder " + wrong + " does not exist");
    }

    @Test
    void lsAndExportFailOnAMissingReportsFolderInsteadOfFindingNoRuns() {
        Cli cli = new Cli(dir);
        Path wrong = dir.resolve("reprots/runs");

        Cli.Result ls = cli.run("ls", "--reports", "reprots/runs");
        Cli.Result export = cli.run("export", "--openlineage", "--reports", "reprots/runs", "http://127.0.0.1:9");

        assertThat(ls.code()).isEqualTo(2);
        assertThat(ls.out()).isEmpty();
        assertThat(ls.err()).isEqualTo("ovc-run ls: reports folder " + wrong + " does not exist"
                + " (set it with --reports DIR, -Dovc.run.reports or OVC_RUN_REPORTS)\n");
        assertThat(export.code()).isEqualTo(2);
        assertThat(export.err()).startsWith("ovc-run export: reports folder " + wrong + " does not exist");
    }

    @Test
    void reportFailsOnAMissingReportsFolderAmongSeveralAndWritesNoSite() throws IOException {
        Cli cli = new Cli(dir);
        Files.createDirectories(dir.resolve("job-a/runs"));
        Path wrong = dir.resolve("job-b/rnus");

        Cli.Result report = cli.run("report", "--reports", "job-a/runs", "--reports", "job-b/rnus", "--out", "site");

        assertThat(report.code()).isEqualTo(2);
        assertThat(report.err()).isEqualTo("ovc-run report: reports folder " + wrong + " does not exist"
                + " (set it with --reports DIR, -Dovc.run.reports or OVC_RUN_REPORTS)\n");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void reportFailsOnAMissingDefaultReportsFolder() {
        Cli.Result report = new Cli(dir).run("report");

        assertThat(report.code()).isEqualTo(2);
        assertThat(report.err()).startsWith("ovc-run report: reports folder " + dir.resolve("reports/runs") + " does not exist");
    }

    @Test
    void anEmptyReportsFolderStillHoldsNoRuns() throws IOException {
        Cli cli = new Cli(dir);
        Files.createDirectories(cli.reports());

        Cli.Result status = cli.run("status");
        Cli.Result validate = cli.run("validate");
        Cli.Result ls = cli.run("ls");

        assertThat(ls.code()).isZero();
        assertThat(ls.out()).isEqualTo("no runs under " + cli.reports() + "\n");
        assertThat(status.code()).isZero();
        assertThat(status.out()).isEqualTo("no runs under " + cli.reports() + "\n");
        assertThat(validate.code()).isZero();
        assertThat(validate.err()).isEqualTo("0 runs checked, all valid\n");
    }
}
