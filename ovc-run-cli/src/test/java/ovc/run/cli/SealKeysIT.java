package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The packaged CLI seals with keys made by openssl, as a user makes them, and catches a re-seal without the key. */
@Timeout(120)
class SealKeysIT {

    @TempDir
    Path dir;

    @Test
    void opensslEd25519KeysSignAndAResealWithoutTheKeyIsNotIntact() throws Exception {
        run(new ProcessBuilder("openssl", "genpkey", "-algorithm", "ed25519", "-out", "seal-key.pem"));
        run(new ProcessBuilder("openssl", "pkey", "-in", "seal-key.pem", "-pubout", "-out", "seal-key.pub.pem"));
        assertThat(PackagedCli.exit(PackagedCli.ovcRun(dir, "exec", "--pipeline-id", "Keyed", "--", "true"))).isZero();
        String runId = PackagedCli.onlyRun(dir).getFileName().toString();

        assertThat(output(PackagedCli.ovcRun(dir, "seal", "--key", "seal-key.pem", runId), 0)).contains("(signed, Ed25519)");
        assertThat(output(PackagedCli.ovcRun(dir, "verify", "--public-key", "seal-key.pub.pem", runId), 0))
                .contains(runId + ": intact");

        Files.writeString(PackagedCli.onlyRun(dir).resolve("run.log"), "rewritten\n");
        assertThat(output(PackagedCli.ovcRun(dir, "seal", runId), 0)).contains("(integrity manifest)");
        assertThat(output(PackagedCli.ovcRun(dir, "verify", "--public-key", "seal-key.pub.pem", runId), 1))
                .contains(runId + "/manifest.json: not signed, but a key was given");
    }

    @Test
    void anHmacKeyFromTheEnvironmentIsNeverPrinted() throws Exception {
        assertThat(PackagedCli.exit(PackagedCli.ovcRun(dir, "exec", "--pipeline-id", "Hmac", "--", "true"))).isZero();
        String runId = PackagedCli.onlyRun(dir).getFileName().toString();
        ProcessBuilder seal = PackagedCli.ovcRun(dir, "seal", "--key-env", "SEAL_KEY", runId);
        seal.environment().put("SEAL_KEY", "hmac-secret-value");
        assertThat(output(seal, 0)).doesNotContain("hmac-secret-value");
        ProcessBuilder verify = PackagedCli.ovcRun(dir, "verify", "--key-env", "SEAL_KEY", runId);
        verify.environment().put("SEAL_KEY", "hmac-secret-value");
        assertThat(output(verify, 0)).contains(runId + ": intact");
        assertThat(Files.readString(PackagedCli.onlyRun(dir).resolve("manifest.json"))).doesNotContain("hmac-secret-value");
        assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain("hmac-secret-value");
    }

    private String output(ProcessBuilder builder, int expectedExit) throws Exception {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out + Files.readString(dir.resolve("stderr.txt"))).isEqualTo(expectedExit);
        return out;
    }

    private void run(ProcessBuilder builder) throws Exception {
        Process process = builder.directory(dir.toFile()).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
