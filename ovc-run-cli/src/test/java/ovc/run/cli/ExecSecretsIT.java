package ovc.run.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No form of a secret reaches a run folder that {@code exec} writes, through the packaged jar as a
 * user runs it: quoted arguments, credential arguments no variable holds, a C locale, the child's
 * checks.jsonl.
 */
@Timeout(120)
class ExecSecretsIT {

    @TempDir
    Path dir;

    @Test
    void aSecretWithAQuoteIsMaskedBeforeTheCommandIsShellQuoted() throws Exception {
        ProcessBuilder wrapper = PackagedCli.ovcRun(dir, "exec", "--pipeline-id", "Quoted", "--", "echo",
                "--pw=it's-Pa55");
        wrapper.environment().put("DB_PASSWORD", "it's-Pa55");
        wrapper.environment().put("GITHUB_ACTIONS", "true");
        wrapper.environment().put("GITHUB_OUTPUT", dir.resolve("github_output").toString());
        wrapper.environment().put("GITHUB_STEP_SUMMARY", dir.resolve("step_summary").toString());

        assertThat(PackagedCli.exit(wrapper)).isZero();
        Path run = PackagedCli.onlyRun(dir);
        assertThat(Cli.read(run.resolve("run.json"))).contains("\"ref\": \"echo '--pw=***'\"");
        assertThat(Cli.read(dir.resolve("step_summary"))).contains("echo '--pw=***'");
        assertNoFileContains(filesOf(run, dir.resolve("step_summary")), "Pa55", "it's", "it'\\''s");
    }

    @Test
    void credentialArgumentsAreMaskedWithoutAVariableHoldingThem() throws Exception {
        ProcessBuilder wrapper = PackagedCli.ovcRun(dir, "exec", "--pipeline-id", "Arguments", "--", "echo",
                "--password=hunter22", "--api-token", "xyzzy-tok-1", "DB_PASS=pw-in-arg", "--sort-order", "asc");

        assertThat(PackagedCli.exit(wrapper)).isZero();
        Path run = PackagedCli.onlyRun(dir);
        assertThat(Cli.read(run.resolve("run.json")))
                .contains("\"ref\": \"echo '--password=***' --api-token '***' 'DB_PASS=***' --sort-order asc\"");
        assertThat(Cli.read(run.resolve("run.log"))).contains(" --password=*** --api-token *** DB_PASS=*** --sort-order asc\n");
        assertNoFileContains(filesOf(run), "hunter22", "xyzzy-tok-1", "pw-in-arg");
    }

    @Test
    void inACLocaleTheCommandGetsEveryVariableByteForByteAndItStaysMasked() throws Exception {
        // The variable is made by the shell from octal escapes, so its bytes are UTF-8 whatever this
        // JVM's own locale would encode.
        Path withPassword = dir.resolve("with-password.sh");
        Files.writeString(withPassword, "PASSWORD=$(printf 'P\\303\\244ssword'); export PASSWORD; exec \"$@\"\n");
        List<String> command = new ArrayList<>(List.of("sh", withPassword.toString()));
        command.addAll(PackagedCli.ovcRun(dir).command());
        command.addAll(List.of("exec", "--pipeline-id", "C-Locale", "--", "sh", "-c",
                "printf %s \"$PASSWORD\" | od -An -tx1; printf '%s\\n' \"$PASSWORD\""));
        ProcessBuilder wrapper = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        wrapper.environment().remove("GITHUB_ACTIONS");
        wrapper.environment().remove("LANG");
        wrapper.environment().put("LC_ALL", "C");

        Process process = wrapper.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        String shown = new String(out, UTF_8);
        assertThat(shown).contains(" 50 c3 a4 73 73 77 6f 72 64\n").contains("\nP\u00e4ssword\n");
        Path run = PackagedCli.onlyRun(dir);
        assertThat(Cli.read(run.resolve("run.log"))).contains(" ***\n");
        assertNoFileContains(filesOf(run), "ssword");
    }

    @Test
    void theChildsChecksFileIsKeptMasked() throws Exception {
        ProcessBuilder wrapper = PackagedCli.ovcRun(dir, "exec", "--pipeline-id", "Child-Checks", "--", "sh", "-c",
                "printf '{\"id\":\"uses_token\",\"name\":\"Used %s\",\"status\":\"pass\"}\\n' \"$API_TOKEN\""
                        + " >> \"$OVC_RUN_DIR/checks.jsonl\"");
        wrapper.environment().put("API_TOKEN", "tok-Sup3rSecret");

        assertThat(PackagedCli.exit(wrapper)).isZero();
        Path run = PackagedCli.onlyRun(dir);
        assertThat(run.resolve("checks.jsonl")).doesNotExist();
        assertThat(Cli.read(run.resolve("artifacts/checks.jsonl")))
                .isEqualTo("{\"id\":\"uses_token\",\"name\":\"Used ***\",\"status\":\"pass\"}\n");
        assertNoFileContains(filesOf(run), "Sup3rSecret");
    }

    @Test
    void exitCodeRunTurnsAFailedRunIntoExitOne() throws Exception {
        String failingCheck = "echo '{\"id\":\"rows_loaded\",\"name\":\"No rows\",\"status\":\"fail\"}'"
                + " >> \"$OVC_RUN_DIR/checks.jsonl\"";
        assertThat(PackagedCli.exit(PackagedCli.ovcRun(dir, "exec", "--pipeline-id", "Run-Code", "--exit-code=run",
                "--", "sh", "-c", failingCheck))).isEqualTo(1);
        assertThat(PackagedCli.exit(PackagedCli.ovcRun(dir, "exec", "--pipeline-id", "Command-Code", "--", "sh", "-c",
                failingCheck))).isZero();
    }

    /** Every file of the run folder, and {@code others}. */
    private static List<Path> filesOf(Path run, Path... others) throws IOException {
        List<Path> files = new ArrayList<>(List.of(others));
        try (Stream<Path> walk = Files.walk(run)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        return files;
    }

    private static void assertNoFileContains(List<Path> files, String... pieces) throws IOException {
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), UTF_8);
            for (String piece : pieces) {
                assertThat(text).as(file + " contains '" + piece + "'").doesNotContain(piece);
            }
        }
    }
}
