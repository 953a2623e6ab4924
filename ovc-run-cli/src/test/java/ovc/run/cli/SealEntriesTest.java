package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seal} refuses what it cannot cover; {@code verify} notices links and FIFOs added after sealing. */
class SealEntriesTest {

    private static final String RUN = "20260119T091500Z__D-ValidationRange__5e8d41f";

    @TempDir
    Path dir;

    private Cli cli;
    private Path run;

    @BeforeEach
    void goldenRuns() {
        cli = new Cli(dir);
        run = cli.goldenRun(RUN);
    }

    @Test
    void aSymlinkIsRefusedByName() throws IOException {
        Files.createSymbolicLink(run.resolve("artifacts/linked.json"), Path.of("validation_report.json"));

        Cli.Result seal = cli.run("seal", RUN);

        assertThat(seal.code()).isEqualTo(1);
        assertThat(seal.err()).contains("cannot seal artifacts/linked.json (a symbolic link)");
        assertThat(run.resolve("manifest.json")).doesNotExist();
    }

    @Test
    void aFifoIsRefusedByName() throws Exception {
        mkfifo(run.resolve("artifacts/pipe"));

        Cli.Result seal = cli.run("seal", RUN);

        assertThat(seal.code()).isEqualTo(1);
        assertThat(seal.err()).contains("cannot seal artifacts/pipe (a special file: FIFO, socket or device)");
    }

    @Test
    void linksAndFifosAddedAfterSealingAreExtra() throws Exception {
        assertThat(cli.run("seal", RUN).out()).endsWith("(integrity manifest)\n");
        Files.createSymbolicLink(run.resolve("artifacts/late.json"), Path.of("/etc/passwd"));
        mkfifo(run.resolve("late.pipe"));

        Cli.Result verify = cli.run("verify", RUN);

        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out().lines()).containsExactly(
                RUN + "/artifacts/late.json (a symbolic link): extra (not in the seal)",
                RUN + "/late.pipe (a special file: FIFO, socket or device): extra (not in the seal)");
    }

    @Test
    void inAWorkflowTheRootHashAlsoGoesToTheOutputsAndTheSummary() throws Exception {
        Path output = Files.createFile(dir.resolve("github_output"));
        Path summary = Files.createFile(dir.resolve("step_summary"));
        cli.env.put("GITHUB_OUTPUT", output.toString());
        cli.env.put("GITHUB_STEP_SUMMARY", summary.toString());

        Cli.Result seal = cli.run("seal", RUN);

        String root = seal.out().split("ROOT_SHA256 ")[1].split(" ")[0];
        assertThat(Files.readString(output)).isEqualTo("seal_root=" + root + "\n");
        assertThat(Files.readString(summary)).contains("ROOT_SHA256 `" + root + "`");
    }

    @Test
    void aFifoAsGithubOutputIsSkippedWithAWarning() throws Exception {
        Path fifo = dir.resolve("output.fifo");
        mkfifo(fifo);
        cli.env.put("GITHUB_OUTPUT", fifo.toString());

        Cli.Result seal = cli.run("seal", RUN);

        assertThat(seal.code()).isZero();
        assertThat(seal.err()).contains("GITHUB_OUTPUT " + fifo + " is not a regular file");
    }

    private static void mkfifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
    }
}
