package ovc.run.openlineage;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.transports.Transport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ovc.run.artifact.OutputEntry;

/**
 * Back-fill: finished run folders as the START and finish events live emission sends, with the
 * same runIds. A nested run's parent is found from the outer run's {@code run} output.
 */
public final class FolderExport {

    private final LineageEvents events;

    /** Export with these events' namespace and dataset naming. */
    public FolderExport(LineageEvents events) {
        this.events = events;
    }

    /** Both events of every run, in the order given (START then the finish of each). */
    public List<OpenLineage.RunEvent> events(List<RunFolderFacts> runs) {
        Map<String, String> parents = new HashMap<>();
        for (RunFolderFacts run : runs) {
            for (OutputEntry output : run.facts().outputs()) {
                if (output.type().equals("run")) {
                    parents.put(output.ref(), run.facts().runId());
                }
            }
        }
        List<OpenLineage.RunEvent> all = new ArrayList<>();
        for (RunFolderFacts run : runs) {
            List<String> ancestors = new ArrayList<>();
            for (String outer = parents.get(run.facts().runId()); outer != null && !ancestors.contains(outer);
                    outer = parents.get(outer)) {
                ancestors.add(outer);
            }
            all.add(events.start(LineageFacts.atStart(run.facts()), run.directory(), ancestors));
            all.add(events.finish(run.facts(), run.directory(), ancestors, run.error()));
        }
        return all;
    }

    /**
     * Sends {@code events}, each retried within {@code timeoutMillis}.
     *
     * @return how many were delivered; the first failure is rethrown after the rest were tried
     */
    public static int send(Transport transport, List<OpenLineage.RunEvent> events, long timeoutMillis)
            throws Exception {
        int sent = 0;
        Exception first = null;
        for (OpenLineage.RunEvent event : events) {
            try {
                Delivery.send(transport, event, System.nanoTime() + timeoutMillis * 1_000_000L);
                sent++;
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null && sent == 0) {
            throw first;
        }
        return sent;
    }
}
