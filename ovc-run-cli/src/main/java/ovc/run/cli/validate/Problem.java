package ovc.run.cli.validate;

/**
 * One way a run folder breaks the contract.
 *
 * @param run the run folder's name
 * @param file the file the problem is in ({@code run.json}, {@code checks.json}, {@code run.log}, ...)
 * @param message what is wrong, for people
 */
public record Problem(String run, String file, String message) {

    /** {@code <run>/<file>: <message>}, or {@code <run>: <message>} when no file is concerned. */
    @Override
    public String toString() {
        return (file.isEmpty() ? run : run + "/" + file) + ": " + message;
    }
}
