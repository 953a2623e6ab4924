package ovc.run.artifact;

import java.time.Instant;
import java.util.List;
import ovc.run.format.CheckState;
import ovc.run.format.RunState;

/**
 * Everything run.json and checks.json say about one finished run, as plain values. The same facts
 * always render to the same bytes.
 *
 * @param runId the run's id, also its folder name
 * @param pipelineId the pipeline's id
 * @param pipelineVersion the pipeline's semantic version
 * @param started when the run started
 * @param finished when the run finished
 * @param status the final status
 * @param trigger what started the run
 * @param git the commit
 * @param env required variable names found and missing
 * @param inputs in first-seen order
 * @param outputs in first-seen order
 * @param checks in the order they were made
 */
public record RunFacts(
        String runId,
        String pipelineId,
        String pipelineVersion,
        Instant started,
        Instant finished,
        RunState status,
        TriggerInfo trigger,
        GitInfo git,
        EnvReport env,
        List<InputEntry> inputs,
        List<OutputEntry> outputs,
        List<CheckEntry> checks) {

    /** Copies the lists. */
    public RunFacts {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        checks = List.copyOf(checks);
    }

    /** Whole milliseconds from start to finish, never negative (a clock stepped back counts as 0). */
    public long durationMs() {
        return Math.max(0, finished.toEpochMilli() - started.toEpochMilli());
    }

    /** How many checks ended with {@code status}. */
    public long count(CheckState status) {
        long count = 0;
        for (CheckEntry check : checks) {
            if (check.status() == status) {
                count++;
            }
        }
        return count;
    }
}
