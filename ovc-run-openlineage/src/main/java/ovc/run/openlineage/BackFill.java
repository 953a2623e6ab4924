package ovc.run.openlineage;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.transports.Transport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ovc.run.format.FolderLayout;

/**
 * {@code ovc-run export --openlineage}'s sending half, called by the CLI through the exporter's own
 * class loader ({@code ovc.run.runtime.EmbeddedExporter}): only JDK types cross, so the CLI's class
 * path carries neither the OpenLineage client nor the Jackson 2 it brings.
 */
public final class BackFill {

    private BackFill() {}

    /**
     * Sends the START and finish events of each finished folder and reports on {@code out} what was
     * sent; a folder without run.json, or one that cannot be read, is named on {@code err}.
     *
     * @param variables the environment variables
     * @param properties the {@code ovc.run.*} system properties
     * @param workingDirectory where {@code openlineage.yml} and relative dataset paths are resolved
     * @param url the backend's URL given on the command line, or {@code null} for the configured one
     * @param folders the run folders to send, in order
     * @param out where the summary goes
     * @param err where problems go
     * @return 0 when every event of every folder was sent, 1 when some were not, 2 when no backend is configured
     */
    public static int export(Map<String, String> variables, Map<String, String> properties, Path workingDirectory,
            String url, List<Path> folders, PrintWriter out, PrintWriter err) {
        LineageSettings settings = new LineageSettings(variables, properties, workingDirectory);
        String target = url != null ? url : settings.url();
        if (target == null && !officialConfiguration(variables, workingDirectory)) {
            err.println("no OpenLineage backend: give its URL (ovc-run export --openlineage http://localhost:5000), or set"
                    + " OPENLINEAGE_URL, or configure the OpenLineage client (OPENLINEAGE_CONFIG, openlineage.yml)");
            return 2;
        }
        String timeoutProblem = settings.timeoutProblem();
        if (timeoutProblem != null) {
            err.println("[ovc-run] WARNING: " + timeoutProblem);
        }
        int problems = 0;
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
        String where = target != null ? target : "the configured OpenLineage transport";
        int sent;
        try (Transport transport = settings.transport(target)) {
            sent = FolderExport.send(transport, events, settings.timeoutMillis());
        } catch (Exception e) {
            err.println("could not send to " + where + ": " + e);
            return 1;
        }
        out.println("sent " + sent + " of " + events.size() + " OpenLineage events (" + runs.size() + " runs) to " + where
                + " as namespace " + settings.namespace());
        return sent == events.size() && problems == 0 ? 0 : 1;
    }

    private static boolean officialConfiguration(Map<String, String> variables, Path workingDirectory) {
        return variables.get("OPENLINEAGE_CONFIG") != null || variables.get("OPENLINEAGE__TRANSPORT__TYPE") != null
                || Files.isRegularFile(workingDirectory.resolve("openlineage.yml"));
    }
}
