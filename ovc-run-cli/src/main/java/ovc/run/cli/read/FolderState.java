package ovc.run.cli.read;

/**
 * Whether a run folder holds one finished run whose files agree, as {@code ls}, {@code show},
 * {@code status} and {@code validate} report it. The runtime writes checks.json first and run.json
 * last, so a run that was killed at any moment leaves a folder that is {@link #INCOMPLETE}, never
 * one that looks finished.
 */
public enum FolderState {
    /** run.json, checks.json and run.log are there, readable, and agree with each other. */
    COMPLETE("complete"),
    /**
     * The run's finish did not complete: a file is missing (no run.json: still running, crashed or
     * killed; run.json without checks.json or run.log) or a temporary file of a write that never
     * completed is left over.
     */
    INCOMPLETE("incomplete"),
    /**
     * The files are there but cannot be trusted: unreadable JSON, no valid status, or files that
     * disagree (different run_ids, a summary that does not count the checks, a status the checks
     * cannot give).
     */
    DAMAGED("damaged");

    private final String word;

    FolderState(String word) {
        this.word = word;
    }

    /** The word the commands print in place of a run status. */
    public String word() {
        return word;
    }
}
