package ovc.run;

/**
 * In strict mode ({@code ovc.run.strict=true}), thrown when a run cannot be recorded: its folder
 * cannot be created or an artifact cannot be written. Outside strict mode the same problems print
 * one warning and the pipeline goes on.
 */
public class RunRecordingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A recording failure.
     *
     * @param message what could not be recorded, and where
     * @param cause the I/O failure, or {@code null}
     */
    public RunRecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
