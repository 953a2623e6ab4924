package ovc.run.cli;

import io.openlineage.client.OpenLineage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import ovc.run.cli.read.RunFolders;
import ovc.run.format.FolderLayout;
import ovc.run.openlineage.FolderExport;
import ovc.run.openlineage.LineageSettings;
import ovc.run.openlineage.RunFolderFacts;
import ovc.run.runtime.RunEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ovc-run export --openlineage [URL] [DIR...]}: back-fill. Finished run folders go to an
 * OpenLineage backend as the START and COMPLETE/FAIL/ABORT events live emission sends, with the
 * same runIds, so a run sent twice is one run there.
 */
@Command(name = "export",
        description = {"Sends finished run folders to an OpenLineage backend (back-fill, or runs recorded where the"
                + " backend could not be reached): START and COMPLETE/FAIL/ABORT per run, the same runIds as live emission.",
                "The backend: URL, else openlineage.url / OPENLINEAGE_URL, else the OpenLineage client's own"
                + " configuration (OPENLINEAGE_CONFIG, openlineage.yml, OPENLINEAGE__TRANSPORT__*)."},
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Option(names = "--openlineage", required = true, description = "Export as OpenLineage RunEvents.")
    boolean openlineage;

    @Parameters(arity = "0..*", paramLabel = "[URL] [DIR...]",
            description = "The backend's URL (events go to <URL>/api/v1/lineage), then run folders, run_ids or"
                    + " folders of runs (default: every run under the reports folder).")
    List<String> targets = new ArrayList<>();

    @Mixin
    ReportsOption reports = new ReportsOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunEnvironment environment = root.host().environment();
        LineageSettings settings = new LineageSettings(environment.env(), environment.properties(),
                environment.workingDirectory());
        String url = null;
        List<Path> folders = new ArrayList<>();
        int problems = 0;
        for (String target : targets) {
            if (url == null && folders.isEmpty() && target.contains("://")) {
                url = target;
                continue;
            }
            Path found = reports.find(root, target);
            if (found == null) {
                err.println(target + ": no such run folder (not a path, nor a run_id under " + reports.folder(root) + ")");
                problems++;
            } else if (RunFolders.isRunFolder(found)) {
                folders.add(found);
            } else {
                folders.addAll(RunFolders.list(found));
            }
        }
        if (targets.isEmpty() || (url != null && targets.size() == 1)) {
            folders.addAll(RunFolders.list(reports.folder(root)));
        }
        if (url == null) {
            url = settings.url();
        }
        if (url == null && !officialConfiguration(environment)) {
            err.println("no OpenLineage backend: give its URL (ovc-run export --openlineage http://localhost:5000), or set"
                    + " OPENLINEAGE_URL, or configure the OpenLineage client (OPENLINEAGE_CONFIG, openlineage.yml)");
            return 2;
        }
        List<RunFolderFacts> runs = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isRegularFile(folder.resolve(FolderLayout.RUN_JSON))) {
                err.println(folder.getFileName() + ": not finished (no run.json); not exported");
                problems++;
                continue;
            }
            try {
                runs.add(RunFolderFacts.read(folder));
            } catch (Exception e) {
                err.println(folder.getFileName() + ": cannot be read: " + e.getMessage());
                problems++;
            }
        }
        List<OpenLineage.RunEvent> events = new FolderExport(settings.events()).events(runs);
        String where = url != null ? url : "the configured OpenLineage transport";
        int sent;
        try {
            sent = FolderExport.send(settings.client(url), events, settings.timeoutMillis());
        } catch (Exception e) {
            err.println("could not send to " + where + ": " + e);
            return 1;
        }
        out.println("sent " + sent + " of " + events.size() + " OpenLineage events (" + runs.size() + " runs) to " + where
                + " as namespace " + settings.namespace());
        return sent == events.size() && problems == 0 ? 0 : 1;
    }

    private static boolean officialConfiguration(RunEnvironment environment) {
        return environment.env().get("OPENLINEAGE_CONFIG") != null
                || environment.env().get("OPENLINEAGE__TRANSPORT__TYPE") != null
                || Files.isRegularFile(environment.workingDirectory().resolve("openlineage.yml"));
    }
}
