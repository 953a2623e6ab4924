package ovc.run.cli.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ovc.run.cli.read.FolderState;
import ovc.run.cli.read.RunFolder;
import ovc.run.format.StatusWords;
import tools.jackson.databind.JsonNode;

/**
 * What the overview keeps of one run once its page is written: a few words and numbers, so a
 * report over 100 000 folders holds these and never the folders' JSON or logs.
 *
 * @param page the file name of the run's page under the site's {@code runs/}, made of URI-safe characters only
 * @param name the folder's name
 * @param pipeline the pipeline, as {@code ovc-run status} groups runs
 * @param status the run's status, or {@code incomplete} or {@code damaged}
 * @param state whether the folder holds a finished run whose files agree
 * @param started when it started, or {@code null}
 * @param finished when it finished, or {@code null}
 * @param durationMs how long it ran, or {@code null}
 * @param passedChecks ids of the checks that passed
 * @param failedChecks ids of the checks that failed
 * @param reason why the folder is incomplete or damaged; {@code null} when complete
 */
record RunEntry(String page, String name, String pipeline, String status, FolderState state, Instant started,
        Instant finished, Long durationMs, List<String> passedChecks, List<String> failedChecks, String reason) {

    /** Newest first, as {@code ovc-run ls} and {@code status} order runs; the page breaks ties between copies. */
    static final Comparator<RunEntry> NEWEST_FIRST = Comparator
            .comparing((RunEntry entry) -> entry.started() == null ? Instant.EPOCH : entry.started())
            .thenComparing(RunEntry::name)
            .thenComparing(RunEntry::page)
            .reversed();

    /** The entry of {@code folder}, whose trees are {@code trees} and whose page is {@code page}. */
    static RunEntry of(RunFolder folder, RunTrees trees, String page) {
        List<String> passed = new ArrayList<>();
        for (JsonNode check : trees.checks()) {
            if (StatusWords.PASS.equals(RunTrees.text(check, "status"))) {
                String id = RunTrees.text(check, "id");
                passed.add(id == null ? "?" : id);
            }
        }
        FolderState state = folder.state();
        return new RunEntry(page, folder.name(), folder.pipelineId(), folder.status(), state, folder.started(),
                folder.finished(), folder.durationMs(), List.copyOf(passed), List.copyOf(folder.failedChecks()),
                state == FolderState.COMPLETE ? null : String.join("; ", folder.stateReasons()));
    }

    /** When it last did something: finished, else started; {@code null} when neither is known. */
    Instant lastTime() {
        return finished != null ? finished : started;
    }
}
