package ovc.run.format;

/**
 * A run's status as ovc-run's internals carry it: the internal twin of the api's
 * {@code ovc.run.RunStatus}, with the same constants in the same order (worst last, as
 * {@code worse} reads them); each api constant holds its twin. Internal so that no internal
 * package depends on the api package, which depends on them.
 */
public enum RunState {
    /** Every check passed and nothing failed: {@value StatusWords#SUCCESS}. */
    SUCCESS(StatusWords.SUCCESS),
    /** Some checks were skipped, or code marked the results partial: {@value StatusWords#PARTIAL}. */
    PARTIAL(StatusWords.PARTIAL),
    /** A check failed, the run ended with an error, or code marked it failed: {@value StatusWords#FAILED}. */
    FAILED(StatusWords.FAILED);

    private final String word;

    RunState(String word) {
        this.word = word;
    }

    /** The word run.json writes for this status. */
    public String word() {
        return word;
    }

    /** The worse of this status and {@code other}; {@code other} may be null. */
    public RunState worse(RunState other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
