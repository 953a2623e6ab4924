package ovc.run.cli.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies one output stream of a command: every byte unchanged to a pass-through stream, and every
 * line, decoded, to a {@link LineSink}. One pump per stream, on its own thread, so a command that
 * fills one pipe while the other is unread never blocks.
 *
 * <p>Lines are split on bytes ({@code \n}; run.log's writer also breaks at {@code \r} and reads
 * {@code \r\n} as one break), so invalid UTF-8 cannot break the split; it is decoded with U+FFFD replacements. A line longer than
 * {@link #MAX_LINE_BYTES} is cut into several lines (at a UTF-8 character boundary, and where the
 * sink says no secret is split), so memory stays bounded whatever the command prints.
 *
 * <p>When the pass-through fails (the wrapper's stdout is a pipe whose reader went away, as in
 * {@code ovc-run exec -- yes | head}) the pump stops reading and closes the command's stream, so the
 * command gets SIGPIPE on its next write exactly as it would without the wrapper.
 */
final class LinePump implements Runnable {

    /** The longest line kept whole: longer lines become several run.log lines. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final OutputStream passThrough;
    private final LineSink sink;
    private final AtomicLong bytes = new AtomicLong();
    private final List<String> batch = new ArrayList<>();
    private byte[] line = new byte[1024];
    private int lineLength;
    private volatile IOException passThroughFailure;
    private volatile IOException readFailure;

    LinePump(InputStream in, OutputStream passThrough, LineSink sink) {
        this.in = in;
        this.passThrough = passThrough;
        this.sink = sink;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (read == 0) {
                    continue;
                }
                bytes.addAndGet(read);
                passThrough(buffer, read);
                split(buffer, read);
                deliver();
                if (passThroughFailure != null) {
                    in.close();
                    break;
                }
            }
        } catch (IOException e) {
            readFailure = e;
        } finally {
            if (lineLength > 0) {
                emit(line, 0, lineLength);
                lineLength = 0;
            }
            deliver();
            flushPassThrough();
        }
    }

    /** Bytes read so far: lets a waiting thread tell a stalled stream from a busy one. */
    long bytesRead() {
        return bytes.get();
    }

    /** Why the pass-through stopped, or {@code null}. */
    IOException passThroughFailure() {
        return passThroughFailure;
    }

    /** Why reading stopped before the end of the stream, or {@code null}. */
    IOException readFailure() {
        return readFailure;
    }

    private void passThrough(byte[] buffer, int length) {
        if (passThroughFailure != null) {
            return;
        }
        try {
            passThrough.write(buffer, 0, length);
        } catch (IOException e) {
            passThroughFailure = e;
        }
    }

    private void flushPassThrough() {
        if (passThroughFailure == null) {
            try {
                passThrough.flush();
            } catch (IOException e) {
                passThroughFailure = e;
            }
        }
    }

    private void split(byte[] buffer, int length) {
        int first = indexOf(buffer, 0, length);
        if (first < 0) {
            append(buffer, 0, length);
            return;
        }
        int start = 0;
        if (lineLength > 0) {
            append(buffer, 0, first);
            emit(line, 0, lineLength);
            lineLength = 0;
            start = first + 1;
        }
        int last = lastIndexOf(buffer, start, length);
        if (last >= start) {
            // Every complete line of this read, decoded at once; run.log's writer splits them again
            // (on \n, \r and \r\n), which costs far less than a String per line.
            emitRaw(buffer, start, last - start);
            start = last + 1;
        }
        append(buffer, start, length);
    }

    private static int indexOf(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] buffer, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Adds {@code buffer[from, to)} to the pending line, cutting it when it reaches the limit. */
    private void append(byte[] buffer, int from, int to) {
        while (from < to) {
            int take = Math.min(to - from, MAX_LINE_BYTES - lineLength);
            if (line.length < lineLength + take) {
                byte[] larger = new byte[Math.min(MAX_LINE_BYTES, Math.max(line.length * 2, lineLength + take))];
                System.arraycopy(line, 0, larger, 0, lineLength);
                line = larger;
            }
            System.arraycopy(buffer, from, line, lineLength, take);
            lineLength += take;
            from += take;
            if (lineLength == MAX_LINE_BYTES) {
                cutLongLine();
            }
        }
    }

    private void cutLongLine() {
        // Find where the last UTF-8 sequence starts (at most three continuation bytes back); when the
        // line ends inside it, cut before it so the character is kept whole in the next line.
        int start = lineLength - 1;
        while (start > 0 && lineLength - start < 4 && (line[start] & 0xC0) == 0x80) {
            start--;
        }
        int lead = line[start] & 0xFF;
        int expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        int whole = lead >= 0xC0 && lineLength - start < expected && start > 0 ? start : lineLength;
        // Then where the sink says no secret is split: two halves would each be too short to be masked.
        String text = new String(line, 0, whole, StandardCharsets.UTF_8);
        int cut = sink.cutPoint(text);
        batch.add(text.substring(0, cut));
        byte[] kept = text.substring(cut).getBytes(StandardCharsets.UTF_8);
        int rest = lineLength - whole;
        System.arraycopy(line, whole, line, kept.length, rest);
        System.arraycopy(kept, 0, line, 0, kept.length);
        lineLength = kept.length + rest;
    }

    private void emit(byte[] bytes, int offset, int length) {
        // A trailing \r (of \r\n) stays: run.log's writer reads \r\n as one break, as in a block.
        emitRaw(bytes, offset, length);
    }

    private void emitRaw(byte[] bytes, int offset, int length) {
        batch.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
    }

    private void deliver() {
        if (!batch.isEmpty()) {
            sink.lines(batch);
            batch.clear();
        }
    }
}
