package ovc.run.runtime;

import java.io.IOException;
import java.io.PrintStream;
import ovc.run.artifact.RunLog;

/**
 * What a run does when it cannot record something: warn once and go on, or, in strict mode, throw
 * {@link StrictRecordingFailure} so the pipeline fails instead of running unrecorded.
 */
final class RunProblems implements RunLog.FailureSink {

    private final String runId;
    private final boolean strict;
    private final PrintStream err;

    RunProblems(String runId, boolean strict, PrintStream err) {
        this.runId = runId;
        this.strict = strict;
        this.err = err;
    }

    @Override
    public void failed(String what, IOException cause) {
        String message = "could not write " + what + " of run " + runId + ": " + describe(cause);
        if (strict) {
            throw new StrictRecordingFailure(message + " (strict mode)", cause);
        }
        Warnings.once(err, "WARNING: " + message + "; the pipeline goes on (ovc.run.strict=true fails it instead)");
    }

    /** A problem that never fails the run: a value that had to be converted, a late record. */
    void note(String message) {
        Warnings.once(err, "WARNING: run " + runId + ": " + message);
    }

    /**
     * Like {@link #note}, and returns the line printed, or {@code null} when the same line was
     * printed before (so that run.log gets one copy too).
     */
    String noteOnce(String message) {
        String line = "WARNING: run " + runId + ": " + message;
        return Warnings.once(err, line) ? Warnings.PREFIX + line : null;
    }

    static String describe(Throwable cause) {
        return ErrorText.describe(cause);
    }
}
