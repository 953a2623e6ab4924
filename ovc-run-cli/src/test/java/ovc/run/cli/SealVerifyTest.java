package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code ovc-run seal} and {@code verify}. */
class SealVerifyTest {

    private static final String RUN = "20260119T091500Z__D-ValidationRange__5e8d41f";

    @TempDir
    Path dir;

    private Cli cli;
    private Path run;

    @BeforeEach
    void sealedRun() {
        cli = new Cli(dir);
        run = cli.goldenRun(RUN);
        Cli.Result sealed = cli.run("seal", RUN);
        assertThat(sealed.code()).isZero();
        assertThat(sealed.out()).startsWith("sealed " + RUN + ": 4 files, ROOT_SHA256 ");
    }

    @Test
    void manifestsListEveryFileSortedWithSizeAndHash() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        assertThat(manifest.get("files").findValuesAsString("path"))
                .containsExactly("artifacts/validation_report.json", "checks.json", "run.json", "run.log");
        JsonNode runJson = manifest.get("files").get(2);
        byte[] bytes = Files.readAllBytes(run.resolve("run.json"));
        assertThat(runJson.get("bytes").asLong()).isEqualTo(bytes.length);
        assertThat(runJson.get("sha256").asString()).isEqualTo(sha256(bytes));

        List<String> lines = Cli.lines(run.resolve("MANIFEST.sha256"));
        assertThat(lines).hasSize(7);
        assertThat(lines.get(2)).isEqualTo(sha256(bytes) + "  run.json");
        assertThat(lines.subList(4, 6)).containsExactly("# format ovc-run-seal/0.2", "# run_id " + RUN);
        String coveredLines = String.join("\n", lines.subList(0, 6)) + "\n";
        String root = sha256(coveredLines.getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(6)).isEqualTo("ROOT_SHA256 " + root);
        assertThat(manifest.get("root_sha256").asString()).isEqualTo(root);
    }

    @Test
    void untouchedFolderVerifies() {
        Cli.Result result = cli.run("verify", RUN);
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo(RUN + ": intact (4 files)\n");
    }

    @Test
    void changedMissingAndExtraFilesAreNamed() throws IOException {
        Files.writeString(run.resolve("run.log"), "RUN_ID=" + RUN + "\n", java.nio.file.StandardOpenOption.APPEND);
        Path checks = run.resolve("checks.json");
        Files.writeString(checks, Files.readString(checks).replace("\"pass\": 3", "\"pass\": 4"));
        Files.delete(run.resolve("artifacts/validation_report.json"));
        Cli.write(run.resolve("artifacts/injected.txt"), "x");

        Cli.Result result = cli.run("verify", run.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactly(
                RUN + "/checks.json (same size, different SHA-256): changed",
                RUN + "/run.log (" + (Files.size(run.resolve("run.log")) - RUN.length() - 8) + " bytes sealed, "
                        + Files.size(run.resolve("run.log")) + " now): changed",
                RUN + "/artifacts/validation_report.json: missing",
                RUN + "/artifacts/injected.txt: extra (not in the seal)");
    }

    @Test
    void editedManifestIsCaught() throws Exception {
        Path manifest = run.resolve("manifest.json");
        String text = Files.readString(manifest);
        // Someone edits a file and its hash in manifest.json to match: the root hash and MANIFEST.sha256 disagree.
        Files.writeString(run.resolve("run.log"), "RUN_ID=" + RUN + "\n");
        String newHash = sha256(Files.readAllBytes(run.resolve("run.log")));
        String oldHash = Cli.lines(run.resolve("MANIFEST.sha256")).get(3).substring(0, 64);
        Files.writeString(manifest, text.replace(oldHash, newHash).replaceFirst("\"bytes\": \\d+,\n      \"path\": \"run.log\"",
                "\"bytes\": " + Files.size(run.resolve("run.log")) + ",\n      \"path\": \"run.log\""));

        Cli.Result result = cli.run("verify", RUN, "--json");

        assertThat(result.code()).isEqualTo(1);
        JsonNode verdict = new ObjectMapper().readTree(result.out()).get(0);
        assertThat(verdict.get("intact").asBoolean()).isFalse();
        assertThat(verdict.get("manifest").toString()).contains("root_sha256").contains("MANIFEST.sha256");
        assertThat(verdict.get("changed").toString()).isEqualTo("[]");
    }

    @Test
    void unsealedAndUnknownFoldersAreReported() {
        Cli.Result result = cli.run("verify", "20260119T103045Z__C-Eval__c4d7e2a", "nothing-here");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("20260119T103045Z__C-Eval__c4d7e2a/manifest.json: missing")
                .contains("nothing-here: no such run folder");
        assertThat(cli.run("seal", "nothing-here").code()).isEqualTo(1);
    }

    @Test
    void sealingTwiceReplacesTheSealAndIgnoresTheOldManifests() {
        Cli.Result again = cli.run("seal", RUN);
        assertThat(again.out()).startsWith("sealed " + RUN + ": 4 files");
        assertThat(cli.run("verify", RUN).code()).isZero();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
