package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.PlainWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 13 of the trust issue: {@code GITHUB_OUTPUT} or {@code GITHUB_STEP_SUMMARY} naming a FIFO
 * (directly or through a symlink) used to block the run's start until someone read the FIFO. Now
 * it is refused before it is opened, with one warning, and the pipeline runs and ends.
 */
class GithubFilesIT {

    @TempDir
    Path work;

    @Test
    void fifosAsGithubFilesAreSkippedWithAWarningAndThePipelineRunsAndEnds() throws Exception {
        Path fifo = mkfifo(work.resolve("output.fifo"));
        Path linkToFifo = Files.createSymbolicLink(work.resolve("summary.md"), mkfifo(work.resolve("summary.fifo")));

        AgentProcess.Result result = AgentProcess.of(work, PlainWriter.class).withoutAgent()
                .env("GITHUB_ACTIONS", "true").env("GITHUB_OUTPUT", fifo.toString())
                .env("GITHUB_STEP_SUMMARY", linkToFifo.toString()).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdoutLines()).as("the pipeline's body ran").contains("hello");
        assertThat(result.stderr())
                .contains("GitHub Actions file " + fifo + " is not a regular file (a FIFO, socket or device)")
                .contains("GitHub Actions file " + linkToFifo + " is a symlink to something not a regular file");
        assertThat(FixtureRunFolders.only(work.resolve("reports/runs"), "Plain").status()).isEqualTo("success");
    }

    private static Path mkfifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo " + path).isZero();
        return path;
    }
}
