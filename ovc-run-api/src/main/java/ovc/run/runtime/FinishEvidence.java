package ovc.run.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ovc.run.format.RunState;
import ovc.run.artifact.ArtifactJson;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.RunFacts;
import ovc.run.format.EvidenceGrammar;
import ovc.run.format.EvidencePointer;
import ovc.run.format.EvidenceTargets;

/**
 * Checks, as a run finishes, that every evidence pointer of its checks points at something: a
 * run.log line that was written, a run.json value, a file under {@code artifacts/}. The same
 * rule as {@code ovc-run validate} ({@link EvidenceTargets}), told while the author can still
 * see the run instead of at a later validate.
 *
 * <p>Each pointer that points at nothing gives one masked warning line in run.log and on stderr,
 * naming the check and the evidence, and lowers the run to {@code partial}: the spec's "partial
 * (... warnings ...)", since the run's record no longer supports what its checks claim. The check
 * keeps its status and its evidence as recorded.
 */
final class FinishEvidence {

    /** Pointers named one by one; more are counted in one line so a bad loop cannot flood the log. */
    static final int NAMED = 10;

    private FinishEvidence() {}

    /** Warns about each pointer of {@code run}'s checks that points at nothing; call before the status is derived. */
    static void warnDangling(ActiveRun run) {
        if (!run.isRecorded()) {
            return; // no folder: nothing could be pointed at, and the run already said it is unrecorded
        }
        // Status and finish time do not change the shape of run.json, which is all a path looks at.
        RunFacts facts = run.facts(run.environment().clock().instant(), RunState.SUCCESS);
        long logLines = run.runLog().lineCount();
        Map<String, Object> runTree = null;
        int dangling = 0;
        // Checks often share pointers (run.log:line:1, one report file): each is resolved once.
        Map<String, Boolean> resolved = new HashMap<>();
        for (CheckEntry check : facts.checks()) {
            List<String> evidence = check.evidence();
            for (int i = 0; i < evidence.size(); i++) {
                String text = evidence.get(i);
                Boolean found = resolved.get(text);
                if (found == null) {
                    EvidencePointer pointer = EvidenceGrammar.parse(text);
                    if (pointer == null) {
                        continue; // cannot happen: CheckEntry refused it when it was recorded
                    }
                    if (runTree == null && pointer.kind() == EvidencePointer.Kind.RUN_JSON) {
                        runTree = ArtifactJson.runTree(facts);
                    }
                    found = EvidenceTargets.resolves(pointer, runTree, logLines, run.directory());
                    resolved.put(text, found);
                }
                if (!found) {
                    dangling++;
                    if (dangling <= NAMED) {
                        warn(run, "check " + check.id() + ": evidence " + text + " points at nothing");
                    }
                }
            }
        }
        if (dangling > NAMED) {
            warn(run, (dangling - NAMED) + " more evidence pointers point at nothing (ovc-run validate lists them all)");
        }
        if (dangling > 0) {
            run.lowerStatus(RunState.PARTIAL);
        }
    }

    private static void warn(ActiveRun run, String message) {
        String masked = run.secrets().mask(message);
        run.log("WARNING: " + masked);
        run.environment().err().println("[ovc-run] WARNING: run " + run.runId() + ": " + masked);
    }
}
