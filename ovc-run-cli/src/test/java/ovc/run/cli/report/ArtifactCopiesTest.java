package ovc.run.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import ovc.run.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a report over an existing site does with the artifact copies an earlier one left. */
class ArtifactCopiesTest {

    private static final FileTime PAST = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    private ReportCli cli;
    private Path original;
    private Path copy;

    @BeforeEach
    void firstReport() {
        cli = new ReportCli(dir);
        ReportSite.write(dir.resolve("reports/runs"));
        original = dir.resolve("reports/runs").resolve(ReportSite.VALIDATION).resolve("artifacts/validation_report.json");
        copy = dir.resolve("reports/site/files").resolve(ReportSite.VALIDATION).resolve("artifacts/validation_report.json");
        report();
        assertThat(copy).hasSameBinaryContentAs(original);
    }

    @Test
    void anUnchangedArtifactsCopyIsKeptAsItIs() throws Exception {
        Files.setLastModifiedTime(copy, PAST);
        Object inode = Files.getAttribute(copy, "unix:ino");
        report();
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(PAST);
        assertThat(Files.getAttribute(copy, "unix:ino")).isEqualTo(inode);
    }

    @Test
    void aChangedArtifactIsCopiedAgain() throws Exception {
        Files.setLastModifiedTime(copy, PAST);
        String changed = Files.readString(original).replace('"', '\'');
        Files.writeString(original, changed);
        report();
        assertThat(copy).hasContent(changed);
    }

    @Test
    void copiesNoRunPointsAtAnyMoreAreRemovedWithTheirFolders() throws Exception {
        Path stray = dir.resolve("reports/site/files/20200101T000000Z__Gone__0000000/artifacts/old/report.json");
        Cli.write(stray, "from an earlier report");
        report();
        assertThat(dir.resolve("reports/site/files/20200101T000000Z__Gone__0000000")).doesNotExist();
        assertThat(copy).hasSameBinaryContentAs(original);
    }

    @Test
    void aFileWhereTheCopysFolderGoesIsReplaced() throws Exception {
        Path artifacts = copy.getParent();
        Files.delete(copy);
        Files.delete(artifacts);
        Cli.write(artifacts, "an earlier report's file named artifacts");
        report();
        assertThat(copy).hasSameBinaryContentAs(original);
    }

    private void report() {
        ReportCli.Result result = cli.run("report");
        assertThat(result.code()).as(result.err()).isZero();
    }
}
