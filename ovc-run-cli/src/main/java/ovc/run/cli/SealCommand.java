package ovc.run.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import ovc.run.artifact.Seal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ovc-run seal}: writes manifest.json and MANIFEST.sha256 into run folders. */
@Command(name = "seal",
        description = {"Seals run folders with an integrity manifest (not tamper evidence: whoever can change a folder can seal it again): manifest.json (every file's relative path, bytes and SHA-256, sorted, and a"
                + " root hash over them) and MANIFEST.sha256 (sha256sum lines and a ROOT_SHA256 line).",
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

    @Override
    public Integer call() {
        PrintWriter out = new TerminalWriter(spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (String target : targets) {
            Path folder = reports.find(root, target);
            if (folder == null) {
                err.println("ovc-run seal: " + target + ": no such run folder");
                failures++;
                continue;
            }
            try {
                Seal.Manifest manifest = Seal.seal(folder, null);
                out.println("sealed " + folder.getFileName() + ": " + manifest.files().size() + " files, ROOT_SHA256 "
                        + manifest.rootSha256() + " (integrity manifest)");
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
}
