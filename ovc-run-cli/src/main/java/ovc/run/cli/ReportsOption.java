package ovc.run.cli;

import java.nio.file.Path;
import ovc.run.cli.read.RunFolders;
import picocli.CommandLine.Option;

/** The {@code --reports DIR} option that every reading command shares (a picocli mixin). */
final class ReportsOption {

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Folder of run folders (default: -Dovc.run.reports, OVC_RUN_REPORTS or reports/runs).")
    Path reports;

    /** The folder to read: the option against the working directory, else the runtime's default. */
    Path folder(OvcRun root) {
        return reports != null ? root.resolve(reports) : root.defaultReports();
    }

    /** The run folder {@code target} names (a path, else a run_id in {@link #folder}), or null. */
    Path find(OvcRun root, String target) {
        return RunFolders.find(target, root.host().environment().workingDirectory(), folder(root));
    }
}
