package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} and {@code show} on folders that try to reach outside themselves or hold bytes the
 * contract forbids, on real symbolic links.
 */
class ValidateTrustTest {

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
    void evidenceThroughASymlinkOutOfTheFolderIsRejectedAndNotMeasured() throws IOException {
        deleteTree(run.resolve("artifacts"));
        Files.createSymbolicLink(run.resolve("artifacts"), Path.of("/etc"));
        replaceIn(run.resolve("checks.json"), "artifacts/validation_report.json", "artifacts/passwd");

        Cli.Result validate = cli.run("validate", RUN);
        Cli.Result show = cli.run("show", RUN);

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains(RUN + "/checks.json: check data_validated: evidence artifacts/passwd"
                + " points at nothing: it resolves outside the run folder (to /etc/passwd)");
        assertThat(show.out()).contains("artifacts/passwd -> NOT FOUND: resolves outside the run folder")
                .doesNotContain(Files.size(Path.of("/etc/passwd")) + " bytes");
    }

    @Test
    void nulBytesInRunLogAreAProblem() throws IOException {
        Files.write(run.resolve("run.log"), "line with a \0 NUL\n".getBytes(), java.nio.file.StandardOpenOption.APPEND);

        Cli.Result validate = cli.run("validate", RUN);

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains(RUN + "/run.log: NUL byte on line ");
    }

    @Test
    void invalidUtf8InAnyFileIsAProblem() throws IOException {
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        Files.write(run.resolve("run.log"), bad, java.nio.file.StandardOpenOption.APPEND);
        replaceBytes(run.resolve("run.json"), "\"D-ValidationRange\"", bad);
        replaceBytes(run.resolve("checks.json"), "\"Donn\\u00e9es valid\\u00e9es\"", bad);

        Cli.Result validate = cli.run("validate", RUN);

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains(RUN + "/run.log: not valid UTF-8 (byte ")
                .contains(RUN + "/run.json: not valid UTF-8 (byte ")
                .contains(RUN + "/checks.json: not valid UTF-8 (byte ");
    }

    @Test
    void runJsonOrChecksJsonAsSymlinksAreProblems() throws IOException {
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        for (String name : new String[] {"run.json", "checks.json"}) {
            Files.move(run.resolve(name), elsewhere.resolve(name));
            Files.createSymbolicLink(run.resolve(name), elsewhere.resolve(name));
        }

        Cli.Result validate = cli.run("validate", RUN);

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains(RUN + "/run.json: is a symbolic link (to " + elsewhere.resolve("run.json")
                + "), not a file").contains(RUN + "/checks.json: is a symbolic link (to "
                + elsewhere.resolve("checks.json") + "), not a file");
    }

    @Test
    void failedRequiredEnvCheckWithNothingMissingIsAProblem() throws IOException {
        Path checks = run.resolve("checks.json");
        String text = Files.readString(checks);
        int at = text.indexOf("\"status\": \"pass\"");
        text = text.substring(0, at) + "\"status\": \"fail\"" + text.substring(at + "\"status\": \"pass\"".length());
        text = text.replaceFirst("\"evidence\": \\[\\]", "\"evidence\": [\"run.json:\\$.env.missing\"]");
        Files.writeString(checks, text.replace("\"fail\": 0", "\"fail\": 1").replace("\"pass\": 3", "\"pass\": 2"));
        replaceIn(run.resolve("run.json"), "\"status\": \"success\"", "\"status\": \"failed\"");

        Cli.Result validate = cli.run("validate", RUN);

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).isEqualTo(RUN + "/checks.json: required_env_present failed but run.json's"
                + " env.missing is empty\n");
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void replaceBytes(Path file, String from, byte[] to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        assertThat(at).isNotNegative();
        byte[] head = text.substring(0, at + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + from.length() - 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + to.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(to, 0, all, head.length, to.length);
        System.arraycopy(tail, 0, all, head.length + to.length, tail.length);
        Files.write(file, all);
    }

    static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
