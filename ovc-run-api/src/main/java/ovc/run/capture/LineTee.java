package ovc.run.capture;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Passes every byte on to the console stream and, per thread, collects bytes into lines for the
 * router. Per thread, because {@code PrintStream} interleaves threads at call granularity: one
 * buffer per thread keeps each thread's lines whole and in its own order. A completed line is
 * routed before its bytes reach the console, so whatever a watcher saw printed is already in
 * run.log when it reacts (a CI job that kills on a marker line, {@code kill -9}).
 */
final class LineTee extends OutputStream {

    // A line longer than this is routed in pieces rather than held without bound.
    private static final int MAX_LINE_BYTES = 64 * 1024;

    private final PrintStream console;
    private final Charset charset;
    // Filled in by pending(), not by ThreadLocal.withInitial (a lambda spins a class at start-up)
    // nor by an initialValue() override (one more class for every run's start to load).
    private final ThreadLocal<ByteArrayOutputStream> pending = new ThreadLocal<>();
    // Set while this thread is inside a tee: what routing prints (a warning about run.log), what reaches
    // a second tee behind this one (the application's stream wraps ours) and our own warnings pass
    // through uncaptured, so every line is routed once.
    private static final ThreadLocal<Boolean> BUSY = new ThreadLocal<>();

    LineTee(PrintStream console, Charset charset) {
        this.console = console;
        this.charset = charset;
    }

    /** Prints {@code line} to {@code stream} with routing off for this thread. */
    static void passThrough(PrintStream stream, String line) {
        boolean outer = BUSY.get() == null;
        if (outer) {
            BUSY.set(Boolean.TRUE);
        }
        try {
            stream.println(line);
        } finally {
            if (outer) {
                BUSY.remove();
            }
        }
    }

    @Override
    public void write(int b) {
        LineRouter router = OutputCapture.router();
        if (router == null || BUSY.get() != null) {
            console.write(b);
            return;
        }
        BUSY.set(Boolean.TRUE);
        try {
            collect(router, pending(), (byte) b);
            console.write(b);
        } finally {
            BUSY.remove();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        LineRouter router = OutputCapture.router();
        if (router == null || BUSY.get() != null) {
            console.write(bytes, offset, length);
            return;
        }
        BUSY.set(Boolean.TRUE);
        try {
            route(router, bytes, offset, length);
            console.write(bytes, offset, length);
        } finally {
            BUSY.remove();
        }
    }

    private void route(LineRouter router, byte[] bytes, int offset, int length) {
        ByteArrayOutputStream line = pending();
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i - start);
                emit(router, line);
                start = i + 1;
            }
        }
        line.write(bytes, start, end - start);
        if (line.size() > MAX_LINE_BYTES) {
            cut(router, line);
        }
    }

    /** This thread's unfinished line. */
    private ByteArrayOutputStream pending() {
        ByteArrayOutputStream line = pending.get();
        if (line == null) {
            line = new ByteArrayOutputStream(128);
            pending.set(line);
        }
        return line;
    }

    @Override
    public void flush() {
        console.flush();
    }

    private void collect(LineRouter router, ByteArrayOutputStream line, byte b) {
        if (b == '\n') {
            emit(router, line);
        } else {
            line.write(b);
            if (line.size() > MAX_LINE_BYTES) {
                cut(router, line);
            }
        }
    }

    /**
     * Routes the head of a line grown past {@link #MAX_LINE_BYTES} and keeps the rest as the start
     * of the next piece. Java prints a long line in 8 KiB chunks, so the line may end anywhere: the
     * cut is at a whole character and where the router says no secret is split (else the two
     * halves of a secret would each be too short to be recognised, and reach run.log unmasked).
     */
    private void cut(LineRouter router, ByteArrayOutputStream line) {
        byte[] bytes = line.toByteArray();
        int whole = wholeCharacters(bytes);
        String text = new String(bytes, 0, whole, charset);
        int cut;
        try {
            cut = router.cutPoint(text);
        } catch (RuntimeException e) {
            cut = text.length();
        }
        line.reset();
        deliver(router, text.substring(0, cut));
        line.writeBytes(text.substring(cut).getBytes(charset));
        line.write(bytes, whole, bytes.length - whole);
    }

    /** How many of {@code bytes} end in a complete character: all but a UTF-8 sequence cut short. */
    private int wholeCharacters(byte[] bytes) {
        int length = bytes.length;
        if (!StandardCharsets.UTF_8.equals(charset)) {
            return length;
        }
        int start = length - 1;
        while (start > 0 && length - start < 4 && (bytes[start] & 0xC0) == 0x80) {
            start--;
        }
        int lead = bytes[start] & 0xFF;
        int expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return lead >= 0xC0 && length - start < expected ? start : length;
    }

    private void emit(LineRouter router, ByteArrayOutputStream line) {
        String text = line.toString(charset);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        deliver(router, text);
    }

    private static void deliver(LineRouter router, String text) {
        try {
            router.route(text);
        } catch (RuntimeException e) {
            // Capture must never break printing; the console still gets the line.
        }
    }
}
