package ovc.run.openlineage;

import io.openlineage.client.transports.Transport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ovc.run.artifact.RunFacts;
import ovc.run.runtime.RunObserver;

/**
 * Live emission: the runtime's run observer, loaded (on its background thread) only when
 * OpenLineage is configured. START when a run claims its folder, COMPLETE/FAIL/ABORT when it finishes.
 */
public final class OpenLineageObserver implements RunObserver {

    private LineageEvents events;
    private Transport transport;

    /** Created by the runtime by reflection. */
    public OpenLineageObserver() {}

    @Override
    public void open(Map<String, String> variables, Map<String, String> properties, Path workingDirectory) {
        Slf4jQuiet.apply();
        LineageSettings settings = new LineageSettings(variables, properties, workingDirectory);
        events = settings.events();
        transport = settings.transport();
    }

    @Override
    public void started(RunFacts facts, Path directory, List<String> ancestors, long deadlineNanos) throws Exception {
        Delivery.send(transport, events.start(facts, directory, ancestors), deadlineNanos);
    }

    @Override
    public void finished(RunFacts facts, Path directory, List<String> ancestors, String error, long deadlineNanos)
            throws Exception {
        Delivery.send(transport, events.finish(facts, directory, ancestors, error), deadlineNanos);
    }
}
