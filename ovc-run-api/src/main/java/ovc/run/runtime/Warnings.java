package ovc.run.runtime;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import ovc.run.capture.OutputCapture;

/**
 * One line on stderr per distinct problem: a full disk or a bad setting must not flood the
 * pipeline's own output. Messages name their run, so a long-lived JVM (a worker running pipelines
 * for weeks) would remember every run it ever warned about; only the most recent
 * {@value #REMEMBERED} distinct messages are kept, and one older than that may print again.
 */
public final class Warnings {

    /** How many distinct messages are remembered. */
    static final int REMEMBERED = 1024;

    /** What every line starts with. */
    static final String PREFIX = "[ovc-run] ";

    private static final Map<String, Boolean> PRINTED = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    private Warnings() {}

    /**
     * Prints {@code [ovc-run] message} unless the same message was printed recently.
     *
     * @return whether it was printed now
     */
    public static boolean once(PrintStream err, String message) {
        boolean first;
        synchronized (PRINTED) {
            first = PRINTED.put(message, Boolean.TRUE) == null;
        }
        if (first) {
            // Uncaptured: a run's warnings are written to its run.log by the runtime itself, once.
            OutputCapture.printlnUncaptured(err, PREFIX + message);
        }
        return first;
    }
}
