package ovc.run.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import ovc.run.artifact.Seal;
import ovc.run.cli.read.SealKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ovc-run seal}: writes manifest.json and MANIFEST.sha256 into run folders. */
@Command(name = "seal",
        description = {"Seals run folders: manifest.json (every file's relative path, bytes and SHA-256, sorted, every"
                + " empty folder, run_id, git_tree, and a root hash over all of them) and MANIFEST.sha256 (sha256sum"
                + " lines, the covered fields as '# name value' lines and a ROOT_SHA256 line).",
                "Without --key or --key-env this is an integrity manifest only, not tamper evidence: whoever can"
                + " change a folder can seal it again. With a key, manifest.json also holds a signature of the root"
                + " hash that 'ovc-run verify --public-key/--key-env' checks.",
                "Sealing again replaces the seal. 'ovc-run verify' checks it."},
        mixinStandardHelpOptions = true)
final class SealCommand implements Callable<Integer> {

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run folders or run_ids.")
    List<String> targets = new ArrayList<>();

    @Mixin
    ReportsOption reports = new ReportsOption();

    @Option(names = "--key", paramLabel = "FILE",
            description = "Sign the root hash with this Ed25519 private key (PKCS#8, PEM or DER), e.g. from"
                    + " 'openssl genpkey -algorithm ed25519'. Keep it outside the run folder.")
    Path key;

    @Option(names = "--key-env", paramLabel = "NAME",
            description = "Sign the root hash with HMAC-SHA256 keyed by the value of environment variable NAME"
                    + " (never printed or written).")
    String keyEnv;

    @Override
    public Integer call() {
        PrintWriter out = new TerminalWriter(spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        Seal.RootSigner signer;
        try {
            signer = signer();
        } catch (IOException e) {
            err.println("ovc-run seal: " + e.getMessage());
            err.flush();
            return 2;
        }
        int failures = 0;
        for (String target : targets) {
            Path folder = reports.find(root, target);
            if (folder == null) {
                err.println("ovc-run seal: " + target + ": no such run folder");
                failures++;
                continue;
            }
            if (key != null && key.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
                // Sealed with the folder, the private key would be handed to whoever reads the folder.
                err.println("ovc-run seal: " + target + ": the key " + key + " is inside the run folder; keep it outside");
                failures++;
                continue;
            }
            try {
                Seal.Manifest manifest = Seal.seal(folder, null, signer);
                out.println("sealed " + folder.getFileName() + ": " + manifest.files().size() + " files, ROOT_SHA256 "
                        + manifest.rootSha256() + (signer == null ? " (integrity manifest)" : " (signed, " + signer.algorithm() + ")"));
                SealRecord.publish(root.host().environment().env(), folder.getFileName().toString(),
                        manifest.rootSha256(), err);
            } catch (IOException e) {
                err.println("ovc-run seal: " + target + ": cannot seal: " + e.getMessage());
                failures++;
            }
        }
        out.flush();
        err.flush();
        return failures == 0 ? 0 : 1;
    }

    private Seal.RootSigner signer() throws IOException {
        if (key != null && keyEnv != null) {
            throw new IOException("--key and --key-env: give one key, not both");
        }
        if (key != null) {
            return SealKey.ed25519Signer(key);
        }
        return keyEnv == null ? null : SealKey.hmacSigner(keyEnv, root.host().environment().env());
    }
}
