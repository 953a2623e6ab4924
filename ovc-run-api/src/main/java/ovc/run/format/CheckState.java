package ovc.run.format;

/**
 * A check's status as ovc-run's internals carry it: the internal twin of the api's
 * {@code ovc.run.CheckStatus}, with the same constants in the same order (worst last, as
 * {@code worse} reads them); each api constant holds its twin. Internal so that no internal
 * package depends on the api package, which depends on them.
 */
public enum CheckState {
    /** The check held: {@value StatusWords#PASS}. */
    PASS(StatusWords.PASS),
    /** The check could not be made: {@value StatusWords#SKIP}. */
    SKIP(StatusWords.SKIP),
    /** The check did not hold: {@value StatusWords#FAIL}. */
    FAIL(StatusWords.FAIL);

    private final String word;

    CheckState(String word) {
        this.word = word;
    }

    /** The word checks.json writes for this status. */
    public String word() {
        return word;
    }

    /** The worse of this status and {@code other} (fail over skip over pass). */
    public CheckState worse(CheckState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
