package ovc.run.capture;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

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
    private final LineRouter router;
    // Filled in by pending(), not by ThreadLocal.withInitial (a lambda spins a class at start-up)
    // nor by an initialValue() override (one more class for every run's start to load).
    private final ThreadLocal<ByteArrayOutputStream> pending = new ThreadLocal<>();
    // Routing may print (a warning about run.log) to either stream; that output must not be routed again.
    private static final ThreadLocal<Boolean> ROUTING = new ThreadLocal<>();

    LineTee(PrintStream console, Charset charset, LineRouter router) {
        this.console = console;
        this.charset = charset;
        this.router = router;
    }

    PrintStream console() {
        return console;
    }

    Charset charset() {
        return charset;
    }

    @Override
    public void write(int b) {
        collect(pending(), (byte) b);
        console.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        route(bytes, offset, length);
        console.write(bytes, offset, length);
    }

    private void route(byte[] bytes, int offset, int length) {
        ByteArrayOutputStream line = pending();
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i - start);
                emit(line);
                start = i + 1;
            }
        }
        line.write(bytes, start, end - start);
        if (line.size() > MAX_LINE_BYTES) {
            emit(line);
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

    private void collect(ByteArrayOutputStream line, byte b) {
        if (b == '\n') {
            emit(line);
        } else {
            line.write(b);
            if (line.size() > MAX_LINE_BYTES) {
                emit(line);
            }
        }
    }

    private void emit(ByteArrayOutputStream line) {
        String text = line.toString(charset);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (ROUTING.get() != null) {
            return;
        }
        ROUTING.set(Boolean.TRUE);
        try {
            router.route(text);
        } catch (RuntimeException e) {
            // Capture must never break printing; the line has already reached the console.
        } finally {
            ROUTING.remove();
        }
    }
}
