package ovc.run.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ovc.run.artifact.Seal;
import ovc.run.json.CanonicalJson;
import ovc.run.cli.read.SealKey;
import ovc.run.cli.read.SealVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ovc-run verify}: checks sealed run folders for changed, missing and extra files. */
@Command(name = "verify",
        description = {"Checks sealed run folders against their manifest.json: names changed, missing and extra"
                + " files and empty folders, and a manifest that was itself edited (naming the field, e.g. git_tree"
                + " or run_id). Exits 1 if any.",
                "A manifest of the older layout " + Seal.FORMAT_0_1 + " is checked file by file, with a note that"
                + " git_tree, run_id and empty folders are not covered.",
                "Without --public-key or --key-env this checks integrity only: a folder rewritten and sealed again"
                + " verifies. With the key, a seal that is not signed by it (missing or wrong signature) is not intact."},
        mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run folders or run_ids.")
    List<String> targets = new ArrayList<>();

    @Mixin
    ReportsOption reports = new ReportsOption();

    @Option(names = "--json", description = "Print one {run, intact, changed, missing, extra, manifest, notes} per folder as JSON.")
    boolean json;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "Require a signature by the Ed25519 key whose public key (X.509 SubjectPublicKeyInfo,"
                    + " PEM or DER) this is, e.g. from 'openssl pkey -pubout'.")
    Path publicKey;

    @Option(names = "--key-env", paramLabel = "NAME",
            description = "Require an HMAC-SHA256 keyed by the value of environment variable NAME (never printed).")
    String keyEnv;

    @Override
    public Integer call() {
        PrintWriter out = json ? spec.commandLine().getOut() : new TerminalWriter(spec.commandLine().getOut());
        boolean allIntact = true;
        List<Object> results = new ArrayList<>();
        SealKey.Verifier key;
        try {
            key = keyVerifier();
        } catch (IOException e) {
            spec.commandLine().getErr().println("ovc-run verify: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        for (String target : targets) {
            Path folder = reports.find(root, target);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("run", target);
            if (folder == null) {
                allIntact = false;
                entry.put("intact", false);
                entry.put("manifest", List.of("no such run folder"));
                if (!json) {
                    out.println(target + ": no such run folder");
                }
                results.add(entry);
                continue;
            }
            SealVerifier.Result result = SealVerifier.verify(folder, key);
            allIntact &= result.intact();
            String name = folder.getFileName().toString();
            entry.put("run", name);
            entry.put("intact", result.intact());
            entry.put("changed", result.changed());
            entry.put("missing", result.missing());
            entry.put("extra", result.extra());
            entry.put("manifest", result.manifestProblems());
            entry.put("notes", result.notes());
            results.add(entry);
            if (!json) {
                result.notes().forEach(note -> out.println(name + "/" + note));
                result.manifestProblems().forEach(problem -> out.println(name + "/" + problem));
                result.changed().forEach(file -> out.println(name + "/" + file + ": changed"));
                result.missing().forEach(file -> out.println(name + "/" + file + ": missing"));
                result.extra().forEach(file -> out.println(name + "/" + file + ": extra (not in the seal)"));
                if (result.intact()) {
                    out.println(name + ": intact (" + result.files() + " files)");
                }
            }
        }
        if (json) {
            out.print(CanonicalJson.write(results));
        }
        out.flush();
        return allIntact ? 0 : 1;
    }

    private SealKey.Verifier keyVerifier() throws IOException {
        if (publicKey != null && keyEnv != null) {
            throw new IOException("--public-key and --key-env: give one key, not both");
        }
        if (publicKey != null) {
            return SealKey.ed25519Verifier(publicKey);
        }
        return keyEnv == null ? null : SealKey.hmacVerifier(keyEnv, root.host().environment().env());
    }
}
