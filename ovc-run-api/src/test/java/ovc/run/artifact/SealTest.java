package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seal lists every file with size and SHA-256, sorted, and a root hash over the sha256sum lines. */
class SealTest {

    @Test
    void sealListsEveryFileSortedAndHashesTheLines(@TempDir Path run) throws Exception {
        Files.writeString(run.resolve("run.json"), "{}\n");
        Files.writeString(run.resolve("run.log"), "RUN_ID=x\n");
        Files.createDirectories(run.resolve("artifacts/deep"));
        Files.writeString(run.resolve("artifacts/deep/b.txt"), "b");
        Files.writeString(run.resolve("artifacts/B.txt"), "B");
        Files.writeString(run.resolve("artifacts/odd\\name.txt"), "odd");

        Seal.Manifest manifest = Seal.seal(run, "clean");

        assertThat(manifest.files()).extracting(Seal.FileEntry::path)
                .containsExactly("artifacts/B.txt", "artifacts/deep/b.txt", "artifacts/odd\\name.txt", "run.json", "run.log");
        assertThat(manifest.files().get(3)).isEqualTo(new Seal.FileEntry("run.json", 3, sha256("{}\n")));
        String lines = Files.readString(run.resolve("MANIFEST.sha256"));
        assertThat(lines).contains("\\" + sha256("odd") + "  artifacts/odd\\\\name.txt\n");
        String fileLines = lines.substring(0, lines.indexOf("ROOT_SHA256 "));
        // The root hash covers the run_id and git_tree too, as field lines after the file lines.
        assertThat(fileLines).endsWith("  run.log\n# format ovc-run-seal/0.2\n# run_id " + run.getFileName()
                + "\n# git_tree clean\n");
        assertThat(lines).endsWith("ROOT_SHA256 " + sha256(fileLines) + "\n");
        assertThat(manifest.rootSha256()).isEqualTo(sha256(fileLines));
        assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"git_tree\": \"clean\"")
                .contains("\"format\": \"ovc-run-seal/0.2\"");

        // Sealing again covers the same files: the manifests never seal themselves.
        assertThat(Seal.seal(run, "clean").rootSha256()).isEqualTo(manifest.rootSha256());
        assertThat(Seal.seal(run, null).rootSha256()).isNotEqualTo(manifest.rootSha256());
        assertThat(Seal.scan(run).files()).hasSize(5);
    }

    @Test
    void emptyFoldersAreSealedButNotTheirParents(@TempDir Path run) throws Exception {
        Files.writeString(run.resolve("run.json"), "{}\n");
        Files.createDirectories(run.resolve("artifacts/empty/leaf"));
        Files.createDirectories(run.resolve("b"));

        Seal.Manifest manifest = Seal.seal(run, null);

        assertThat(manifest.emptyDirs()).containsExactly("artifacts/empty/leaf", "b");
        assertThat(Files.readString(run.resolve("MANIFEST.sha256")))
                .contains("# empty_dir artifacts/empty/leaf\n# empty_dir b\nROOT_SHA256 ");
        assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"empty_dirs\": [");
    }

    @Test
    void emptyFolderHasTheHashOfNothing(@TempDir Path run) throws Exception {
        assertThat(Seal.scan(run)).isEqualTo(new Seal.Manifest(List.of(), sha256("")));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
