package ovc.run.cli.exec;

import java.util.List;
import ovc.run.runtime.ActiveRun;

/**
 * Writes a command's lines into run.log through the runtime ({@link ActiveRun#log}, which masks
 * secrets and numbers lines), after masking the credentials of the command's arguments. Each batch
 * is one append: one timestamp, one write. After {@link #close()} lines are dropped and counted, so
 * output that arrives after the run finished cannot reach a closed log.
 */
final class RunLogSink implements LineSink {

    private final ActiveRun run;
    private final ExecMask mask;
    private boolean closed;
    private long dropped;

    RunLogSink(ActiveRun run, ExecMask mask) {
        this.run = run;
        this.mask = mask;
    }

    @Override
    public synchronized void lines(List<String> lines) {
        if (closed) {
            dropped += lines.size();
            return;
        }
        // One append: RunLog.append writes "a\nb" as two lines under one timestamp, in one write.
        String text = lines.size() == 1 ? lines.get(0) : String.join("\n", lines);
        run.log(mask.maskArguments(text));
        if (text.endsWith("\n")) {
            // RunLog.append drops the empty line after a final line break; the command printed it.
            run.log("");
        }
    }

    @Override
    public int cutPoint(String text) {
        // Never inside a secret: its two halves would each be too short to be masked.
        return run.cutPoint(text);
    }

    /** Stops writing; returns how many lines were dropped so far (none, unless a stream outlived the command). */
    synchronized long close() {
        closed = true;
        return dropped;
    }
}
