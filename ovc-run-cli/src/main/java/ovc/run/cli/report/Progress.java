package ovc.run.cli.report;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The progress line of a long read: on a terminal one line rewritten in place a few times a
 * second; in a log a line at each quarter, so a CI log shows a few lines, not thousands. A read of
 * fewer than {@value #LONG} folders prints nothing.
 */
final class Progress {

    static final int LONG = 2_000;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private long lastDraw = System.nanoTime();

    Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    /** One more folder read. */
    void step() {
        int now = done.incrementAndGet();
        if (total < LONG) {
            return;
        }
        if (terminal) {
            long at = System.nanoTime();
            synchronized (this) {
                if (at - lastDraw >= REDRAW_NANOS || now == total) {
                    lastDraw = at;
                    err.print("\rovc-run report: read " + now + " of " + total + " runs");
                    err.flush();
                }
            }
        } else if (now % (total / 4) == 0 && now < total) {
            synchronized (this) {
                err.println("ovc-run report: read " + now + " of " + total + " runs");
                err.flush();
            }
        }
    }

    /** Ends the line a terminal was redrawing. */
    void finish() {
        if (terminal && total >= LONG) {
            err.println();
            err.flush();
        }
    }
}
