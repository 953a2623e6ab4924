package ovc.run.runtime;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Describes an exception without trusting it: a pipeline's exception may override
 * {@code getMessage()} or {@code toString()} to throw, and describing it must still finish the run.
 * Where the exception's own text cannot be had, its class name and {@code <getMessage() threw X>}
 * stand in, followed by the stack frames, which the JVM holds and never throw.
 */
public final class ErrorText {

    private ErrorText() {}

    /** {@code SimpleName message}, or {@code SimpleName} alone when there is no message. */
    public static String describe(Throwable error) {
        String message = message(error);
        String name = error.getClass().getSimpleName();
        return (name.isEmpty() ? error.getClass().getName() : name) + (message == null ? "" : " " + message);
    }

    /** {@code getMessage()}, or the placeholder naming what it threw. */
    public static String message(Throwable error) {
        try {
            return error.getMessage();
        } catch (RuntimeException | Error thrown) {
            return placeholder(thrown);
        }
    }

    /** The stack trace as {@code printStackTrace} prints it, or a plain one when that throws. */
    public static String stackTrace(Throwable error) {
        try {
            StringWriter text = new StringWriter();
            error.printStackTrace(new PrintWriter(text));
            return text.toString().stripTrailing();
        } catch (RuntimeException | Error thrown) {
            StringBuilder text = new StringBuilder(error.getClass().getName()).append(": ").append(placeholder(thrown));
            for (StackTraceElement frame : error.getStackTrace()) {
                text.append("\n\tat ").append(frame);
            }
            return text.toString();
        }
    }

    private static String placeholder(Throwable thrown) {
        return "<getMessage() threw " + thrown.getClass().getName() + ">";
    }
}
