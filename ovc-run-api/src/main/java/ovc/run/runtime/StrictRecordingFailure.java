package ovc.run.runtime;

/**
 * A run in strict mode could not be recorded (its folder cannot be created, a file cannot be
 * written). The runtime throws this internal type, not the api's {@code RunRecordingException}, so
 * that it does not depend on the api package; every boundary that hands control back to pipeline
 * code (the api's {@code Run} and {@code RunWriter}, the agent's woven methods) throws the api's
 * exception in its place, with the same message, cause and stack trace.
 */
public final class StrictRecordingFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StrictRecordingFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
