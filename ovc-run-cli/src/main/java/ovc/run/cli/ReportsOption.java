package ovc.run.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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

    /**
     * Whether {@code folder} is an existing folder; if not, says so on {@code err}, naming the path, so
     * that a check pointed at the wrong path fails instead of finding "no runs". An existing empty
     * folder is fine: it holds no runs.
     */
    static boolean existsOrSays(Path folder, String command, PrintWriter err) {
        if (Files.isDirectory(folder)) {
            return true;
        }
        err.println("ovc-run " + command + ": reports folder " + folder + (Files.exists(folder) ? " is not a folder"
                : " does not exist") + " (set it with --reports DIR, -Dovc.run.reports or OVC_RUN_REPORTS)");
        err.flush();
        return false;
    }

    /** The run folder {@code target} names (a path, else a run_id in {@link #folder}), or null. */
    Path find(OvcRun root, String target) {
        return RunFolders.find(target, root.host().environment().workingDirectory(), folder(root));
    }
}
