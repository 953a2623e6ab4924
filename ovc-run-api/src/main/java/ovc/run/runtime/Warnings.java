package ovc.run.runtime;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ovc.run.capture.OutputCapture;

/**
 * One line on stderr per distinct problem and JVM: a full disk or a bad setting must not flood
 * the pipeline's own output.
 */
public final class Warnings {

    private static final Set<String> PRINTED = ConcurrentHashMap.newKeySet();

    private Warnings() {}

    /** What every line starts with. */
    static final String PREFIX = "[ovc-run] ";

    /**
     * Prints {@code [ovc-run] message} unless the same message was printed before.
     *
     * @return whether it was printed now
     */
    public static boolean once(PrintStream err, String message) {
        if (PRINTED.add(message)) {
            // Uncaptured: a run's warnings are written to its run.log by the runtime itself, once.
            OutputCapture.printlnUncaptured(err, PREFIX + message);
            return true;
        }
        return false;
    }
}
