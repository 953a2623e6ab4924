package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.artifact.Seal;

/** {@code seal --key/--key-env} signs the root hash; {@code verify} with the key catches a re-seal without it. */
class SealKeysTest {

    private static final String RUN = "20260119T091500Z__D-ValidationRange__5e8d41f";
    private static final String SECRET = "s3cret-hmac-key-value";

    @TempDir
    Path dir;

    private Cli cli;
    private Path run;
    private Path privatePem;
    private Path publicDer;

    @BeforeEach
    void goldenRunsAndAKeyPair() throws Exception {
        cli = new Cli(dir);
        run = cli.goldenRun(RUN);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        privatePem = dir.resolve("seal-key.pem");
        Files.writeString(privatePem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        publicDer = dir.resolve("seal-key.pub.der");
        Files.write(publicDer, pair.getPublic().getEncoded());
        cli.env.put("SEAL_HMAC", SECRET);
    }

    @Test
    void anEd25519SignedSealVerifiesAndAResealWithoutTheKeyDoesNot() throws Exception {
        Cli.Result sealed = cli.run("seal", "--key", privatePem.toString(), RUN);
        assertThat(sealed.code()).isZero();
        assertThat(sealed.out()).contains("(signed, Ed25519)");
        assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"algorithm\": \"Ed25519\"");

        Cli.Result intact = cli.run("verify", "--public-key", publicDer.toString(), RUN);
        assertThat(intact.code()).isZero();
        assertThat(intact.out()).contains(RUN + ": intact");

        // Someone changes a file and seals again without the key: integrity alone cannot tell, the key can.
        Files.writeString(run.resolve("run.log"), "rewritten\n");
        assertThat(cli.run("seal", RUN).code()).isZero();
        assertThat(cli.run("verify", RUN).code()).isZero();
        Cli.Result resealed = cli.run("verify", "--public-key", publicDer.toString(), RUN);
        assertThat(resealed.code()).isEqualTo(1);
        assertThat(resealed.out()).contains(RUN + "/manifest.json: not signed, but a key was given: the folder was"
                + " sealed again without the key").doesNotContain("intact (");
    }

    @Test
    void aSignatureCopiedOntoAnotherRootIsWrong() throws Exception {
        assertThat(cli.run("seal", "--key", privatePem.toString(), RUN).code()).isZero();
        String signature = Files.readString(run.resolve("manifest.json"));
        String signatureBlock = signature.substring(signature.indexOf("\"signature\""), signature.lastIndexOf('}'));
        Files.writeString(run.resolve("run.log"), "rewritten\n");
        assertThat(cli.run("seal", RUN).code()).isZero();
        Path manifest = run.resolve("manifest.json");
        String resealed = Files.readString(manifest);
        Files.writeString(manifest, resealed.substring(0, resealed.lastIndexOf('}')).stripTrailing() + ",\n  "
                + signatureBlock.strip() + "\n}\n");

        Cli.Result result = cli.run("verify", "--public-key", publicDer.toString(), RUN);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("manifest.json: the Ed25519 signature does not match the root hash");
    }

    @Test
    void anHmacKeyFromTheEnvironmentSignsAndIsNeverWritten() throws Exception {
        Cli.Result sealed = cli.run("seal", "--key-env", "SEAL_HMAC", RUN);
        assertThat(sealed.code()).isZero();
        assertThat(sealed.out() + sealed.err()).doesNotContain(SECRET);
        assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"algorithm\": \"HMAC-SHA256\"")
                .doesNotContain(SECRET);
        assertThat(cli.run("verify", "--key-env", "SEAL_HMAC", RUN).code()).isZero();

        cli.env.put("SEAL_HMAC", "another-key");
        Cli.Result other = cli.run("verify", "--key-env", "SEAL_HMAC", RUN);
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.out()).contains("manifest.json: the HMAC-SHA256 signature does not match the root hash")
                .doesNotContain("another-key");
    }

    @Test
    void badKeysAreNamedWithoutTheirValue() throws Exception {
        Cli.Result unset = cli.run("seal", "--key-env", "NO_SUCH_VARIABLE", RUN);
        assertThat(unset.code()).isEqualTo(2);
        assertThat(unset.err()).contains("environment variable NO_SUCH_VARIABLE (--key-env) is unset or empty");

        Cli.Result notAKey = cli.run("seal", "--key", publicDer.toString(), RUN);
        assertThat(notAKey.code()).isEqualTo(2);
        assertThat(notAKey.err()).contains(publicDer + " is not a PKCS#8 Ed25519 private key");
        assertThat(run.resolve(Seal.MANIFEST_JSON)).doesNotExist();

        Path inside = run.resolve("artifacts/seal-key.pem");
        Files.copy(privatePem, inside);
        Cli.Result keyInside = cli.run("seal", "--key", inside.toString(), RUN);
        assertThat(keyInside.code()).isEqualTo(1);
        assertThat(keyInside.err()).contains("the key " + inside + " is inside the run folder; keep it outside");
        assertThat(run.resolve(Seal.MANIFEST_JSON)).doesNotExist();
    }
}
