package ovc.run.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ovc.run.cli.read.RunFolders;
import ovc.run.runtime.EmbeddedExporter;
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

    private static final String BACK_FILL = "ovc.run.openlineage.BackFill";

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
            if (!ReportsOption.existsOrSays(reports.folder(root), "export", err)) {
                return 2;
            }
            folders.addAll(RunFolders.list(reports.folder(root)));
        }
        // The client and its Jackson 2 live in the exporter jar the CLI jar carries, in a loader of their own.
        ClassLoader exporter = EmbeddedExporter.loader();
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(exporter);
        try {
            Method export = Class.forName(BACK_FILL, true, exporter).getMethod("export", Map.class, Map.class, Path.class,
                    String.class, List.class, PrintWriter.class, PrintWriter.class);
            int code = (Integer) export.invoke(null, environment.env(), environment.properties(),
                    environment.workingDirectory(), url, folders, out, err);
            return code == 0 && problems > 0 ? 1 : code;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            // An Error (an exporter jar that does not match this CLI: NoSuchMethodError) is wrapped so
            // that the command's handler says it in one line; thrown as it is, it would bypass the
            // handler as a bare stack trace.
            throw new IllegalStateException("the OpenLineage exporter failed: " + e.getCause(), e.getCause());
        } finally {
            thread.setContextClassLoader(context);
        }
    }
}
