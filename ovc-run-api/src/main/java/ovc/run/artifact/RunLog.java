package ovc.run.artifact;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A run's run.log: line 1 is {@code RUN_ID=<run_id>}, every later line
 * {@code <UTC timestamp with milliseconds> <text>}. Lines are numbered as evidence counts them, a
 * multi-line message becomes several lines, secrets are masked, and every append is one write to
 * the file with no buffer in between, so a process killed with {@code kill -9} keeps all it logged.
 */
public final class RunLog implements Closeable {

    /** Receives a write failure; may throw to fail the run (strict mode). */
    @FunctionalInterface
    public interface FailureSink {
        /** Told that {@code what} could not be written. */
        void failed(String what, IOException cause);
    }

    private final OutputStream file;
    private final Secrets secrets;
    private final Clock clock;
    private final FailureSink failures;
    private int lines;
    private boolean broken;
    private long stampMillis = Long.MIN_VALUE;
    private String stamp;

    private RunLog(OutputStream file, Secrets secrets, Clock clock, FailureSink failures) {
        this.file = file;
        this.secrets = secrets;
        this.clock = clock;
        this.failures = failures;
    }

    /**
     * Creates run.log (it must not exist: a run never overwrites another) and writes line 1.
     *
     * @throws IOException when the file cannot be created
     */
    public static RunLog create(Path file, String runId, Secrets secrets, Clock clock, FailureSink failures)
            throws IOException {
        // An unbuffered FileOutputStream where it can (see AtomicFiles.createNew): each append is still
        // one write(2), and no FileChannel is loaded for it.
        RunLog log = new RunLog(AtomicFiles.createNew(file), secrets, clock, failures);
        log.writeLines("RUN_ID=" + runId + "\n", 1);
        return log;
    }

    /**
     * A log for a run whose folder could not be claimed: it numbers lines as if they were written,
     * so the rest of the run behaves the same, and writes nothing.
     */
    public static RunLog detached(Secrets secrets, Clock clock) {
        // No failure sink (and no lambda to link for one): a log without a file never fails to write.
        RunLog log = new RunLog(null, secrets, clock, null);
        log.lines = 1;
        return log;
    }

    /**
     * Appends {@code text}, one line per line of it, each with the current timestamp. Serialised,
     * so that line numbers and timestamps both follow the order of the writes.
     *
     * @return the number of the first line written, for {@code run.log:line:<n>} evidence
     */
    public synchronized int append(String text) {
        String masked = secrets.mask(text == null ? "null" : text);
        long now = clock.millis();
        if (now != stampMillis) {
            // Lines come in bursts within one millisecond: format the stamp once per millisecond.
            stampMillis = now;
            stamp = UtcTimestamps.millis(java.time.Instant.ofEpochMilli(now));
        }
        StringBuilder out = new StringBuilder(masked.length() + 32);
        int count = 0;
        int start = 0;
        int length = masked.length();
        while (true) {
            int end = start;
            while (end < length && masked.charAt(end) != '\n' && masked.charAt(end) != '\r') {
                end++;
            }
            out.append(stamp).append(' ').append(masked, start, end).append('\n');
            count++;
            if (end >= length) {
                break;
            }
            // \r\n is one line break, not two.
            start = (masked.charAt(end) == '\r' && end + 1 < length && masked.charAt(end + 1) == '\n') ? end + 2 : end + 1;
            if (start >= length) {
                break;
            }
        }
        int first = lines + 1;
        writeLines(out.toString(), count);
        return first;
    }

    /** How many lines the log holds, line 1 included. */
    public synchronized int lineCount() {
        return lines;
    }

    private void writeLines(String text, int count) {
        lines += count;
        if (file == null || broken) {
            return;
        }
        try {
            // One call with the whole text: OutputStream.write(byte[]) writes it all or throws.
            file.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // One report per log: a full disk would otherwise print a line per log line.
            broken = true;
            failures.failed("run.log", e);
        }
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                failures.failed("run.log", e);
            }
        }
    }
}
