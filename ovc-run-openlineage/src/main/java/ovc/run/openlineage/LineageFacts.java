package ovc.run.openlineage;

import java.util.List;
import ovc.run.format.RunState;
import ovc.run.artifact.RunFacts;

/** Facts as the START event sees them: the run's identity and start, nothing done yet. */
final class LineageFacts {

    private LineageFacts() {}

    /** {@code facts} with no inputs, outputs or checks and the finish at the start (as the runtime hands them at START). */
    static RunFacts atStart(RunFacts facts) {
        return new RunFacts(facts.runId(), facts.pipelineId(), facts.pipelineVersion(), facts.started(), facts.started(),
                RunState.SUCCESS, facts.trigger(), facts.git(), facts.env(), List.of(), List.of(), List.of());
    }
}
