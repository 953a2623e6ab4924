package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.artifact.Seal;

/** The root hash covers git_tree, run_id and empty folders; an older manifest is still read. */
class SealFieldsTest {

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
    void anEditedGitTreeIsNamed() throws Exception {
        Seal.seal(run, "dirty");
        edit("\"git_tree\": \"dirty\"", "\"git_tree\": \"clean\"");

        Cli.Result result = cli.run("verify", RUN);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(RUN + "/manifest.json: git_tree 'clean' is not what MANIFEST.sha256 sealed ('dirty')")
                .contains("root_sha256").doesNotContain("intact");
    }

    @Test
    void anEditedRunIdIsNamed() throws Exception {
        Seal.seal(run, null);
        edit("\"run_id\": \"" + RUN + "\"", "\"run_id\": \"20260119T091500Z__Other__5e8d41f\"");

        Cli.Result result = cli.run("verify", RUN);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("manifest.json: run_id '20260119T091500Z__Other__5e8d41f' is not what"
                + " MANIFEST.sha256 sealed ('" + RUN + "')");
    }

    @Test
    void anEmptyFolderRemovedOrAddedAfterSealingIsReported() throws Exception {
        Files.createDirectories(run.resolve("artifacts/empty"));
        assertThat(cli.run("seal", RUN).code()).isZero();
        assertThat(cli.run("verify", RUN).out()).contains(RUN + ": intact");

        Files.delete(run.resolve("artifacts/empty"));
        Files.createDirectories(run.resolve("added"));
        Cli.Result result = cli.run("verify", RUN);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(RUN + "/artifacts/empty/ (an empty folder): missing")
                .contains(RUN + "/added/ (an empty folder): extra (not in the seal)");
    }

    @Test
    void anOlderManifestIsCheckedFileByFileWithANote() throws Exception {
        Seal.Manifest manifest = Seal.scan(run);
        Files.writeString(run.resolve(Seal.MANIFEST_SHA256), Seal.sha256sumLines(manifest.files())
                + Seal.ROOT_PREFIX + manifest.rootSha256() + "\n");
        StringBuilder files = new StringBuilder();
        for (Seal.FileEntry file : manifest.files()) {
            files.append(files.length() == 0 ? "" : ",").append("{\"path\":\"").append(file.path())
                    .append("\",\"bytes\":").append(file.bytes()).append(",\"sha256\":\"").append(file.sha256()).append("\"}");
        }
        Files.writeString(run.resolve(Seal.MANIFEST_JSON), "{\"format\":\"ovc-run-seal/0.1\",\"run_id\":\"" + RUN
                + "\",\"files\":[" + files + "],\"root_sha256\":\"" + manifest.rootSha256() + "\"}");

        Cli.Result intact = cli.run("verify", RUN);
        assertThat(intact.code()).isZero();
        assertThat(intact.out()).contains(RUN + "/manifest.json: older manifest version (ovc-run-seal/0.1): git_tree,"
                + " run_id and empty folders are not covered").contains(RUN + ": intact (4 files)");

        Files.writeString(run.resolve("run.log"), "changed\n");
        Cli.Result changed = cli.run("verify", RUN);
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).contains(RUN + "/run.log (589 bytes sealed, 8 now): changed");
    }

    private void edit(String from, String to) throws Exception {
        Path manifest = run.resolve(Seal.MANIFEST_JSON);
        String text = Files.readString(manifest);
        assertThat(text).contains(from);
        Files.writeString(manifest, text.replace(from, to));
    }
}
