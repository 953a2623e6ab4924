package ovc.run.cli.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import ovc.run.cli.read.FolderState;

/**
 * One pipeline's row of the overview, gathered run by run as the folders are read (in any order,
 * from several threads): how many runs, its newest finished run, its newest {@code history} runs,
 * and its incomplete or damaged folders. Holds at most {@code history} runs plus the folders that
 * did not finish, whatever the number of runs.
 */
final class PipelineSummary {

    private final String pipeline;
    private final int history;
    private final TreeSet<RunEntry> newest = new TreeSet<>(RunEntry.NEWEST_FIRST);
    private final List<RunEntry> unfinished = new ArrayList<>();
    private RunEntry latest;
    private int runs;

    PipelineSummary(String pipeline, int history) {
        this.pipeline = pipeline;
        this.history = history;
    }

    /** Counts {@code entry} in. */
    synchronized void add(RunEntry entry) {
        runs++;
        newest.add(entry);
        if (newest.size() > history) {
            newest.pollLast();
        }
        if (entry.state() != FolderState.COMPLETE) {
            unfinished.add(entry);
        } else if (latest == null || RunEntry.NEWEST_FIRST.compare(entry, latest) < 0) {
            latest = entry;
        }
    }

    String pipeline() {
        return pipeline;
    }

    int runs() {
        return runs;
    }

    /** The newest run whose folder is complete, or {@code null}. */
    RunEntry latest() {
        return latest;
    }

    /** The newest runs, newest first, at most {@code history}. */
    List<RunEntry> newest() {
        return List.copyOf(newest);
    }

    /** The incomplete and damaged folders, newest first. */
    List<RunEntry> unfinished() {
        List<RunEntry> sorted = new ArrayList<>(unfinished);
        sorted.sort(RunEntry.NEWEST_FIRST);
        return sorted;
    }

    /** The page a row links to: the latest finished run's, else the newest folder's. */
    String page() {
        return latest != null ? latest.page() : newest.first().page();
    }

    /** The health word, as {@code ovc-run status} gives it, with ages measured to {@code at}. */
    String state(Instant at, double staleDays) {
        return PipelineHealth.state(latest == null ? null : latest.status(), ageDays(at), staleDays);
    }

    /** The latest finished run's age in days at {@code at}, or {@code null}. */
    Double ageDays(Instant at) {
        return latest == null ? null : PipelineHealth.ageDays(latest.lastTime(), at);
    }

    /** Ids of the checks that both passed and failed among the newest runs: flaky. */
    List<String> flakyChecks() {
        return FlakyChecks.among(newest());
    }
}
