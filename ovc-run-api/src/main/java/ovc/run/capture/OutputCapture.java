package ovc.run.capture;

import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Copies what the process prints to {@code System.out} and {@code System.err} to a
 * {@link LineRouter}, one complete line at a time, while still printing it to the console.
 *
 * <p>Two ways in. The agent calls {@link #install()} once, before the application's {@code main}:
 * the tee streams are then {@code System.out} and {@code System.err} for the whole process, so a
 * logging library that keeps the stream it found at start-up (JUL's {@code ConsoleHandler},
 * Log4j 2's console appender) keeps ours. Outside a run they only pass bytes on (one volatile
 * read per write). Without the agent, the first {@link #start} puts tees in place and the last
 * {@link #stop} puts the console streams back, as long as the application has not replaced them
 * meanwhile (then its streams stay).
 *
 * <p>A stream the application sets with {@code System.setOut} is respected: when a run starts and
 * {@code System.out} is not a tee, a tee is put in front of the application's stream. A line that
 * passes through two tees (the application's stream wraps ours) is routed once.
 */
public final class OutputCapture {

    private static int users;
    // Read by every write of every tee: null when no run captures, so printing outside a run costs one read.
    private static volatile LineRouter router;
    // The agent's tees, in place for the whole process; null without the agent.
    private static PrintStream permanentOut;
    private static PrintStream permanentErr;
    // Tees put in place by start (no agent, or the application replaced the agent's), removed by the last stop.
    private static PrintStream temporaryOut;
    private static PrintStream temporaryErr;
    // What the temporary tees replaced, to put back.
    private static PrintStream replacedOut;
    private static PrintStream replacedErr;

    private OutputCapture() {}

    /**
     * Makes tees {@code System.out} and {@code System.err} for the rest of the process (the agent,
     * at start-up). A second call does nothing.
     */
    public static synchronized void install() {
        if (permanentOut == null) {
            permanentOut = tee(System.out, "stdout");
            permanentErr = tee(System.err, "stderr");
            System.setOut(permanentOut);
            System.setErr(permanentErr);
        }
    }

    /** Starts capturing into {@code lines} (the first caller's router serves until the last stop). */
    public static synchronized void start(LineRouter lines) {
        if (users++ > 0) {
            return;
        }
        if (System.out != permanentOut) {
            replacedOut = System.out;
            temporaryOut = tee(System.out, "stdout");
            System.setOut(temporaryOut);
        }
        if (System.err != permanentErr) {
            replacedErr = System.err;
            temporaryErr = tee(System.err, "stderr");
            System.setErr(temporaryErr);
        }
        router = lines;
    }

    /** Ends one {@link #start}; the last one stops routing and puts back what {@link #start} replaced. */
    public static synchronized void stop() {
        if (users == 0 || --users > 0) {
            return;
        }
        router = null;
        if (temporaryOut != null && System.out == temporaryOut) {
            temporaryOut.flush();
            System.setOut(replacedOut);
        }
        if (temporaryErr != null && System.err == temporaryErr) {
            temporaryErr.flush();
            System.setErr(replacedErr);
        }
        temporaryOut = null;
        temporaryErr = null;
        replacedOut = null;
        replacedErr = null;
    }

    private static PrintStream tee(PrintStream console, String name) {
        Charset charset = charset(name);
        // A plain PrintStream, not a subclass: only PrintStream itself writes println's text and line
        // break in one write, which routes the line before the console shows it.
        return new PrintStream(new LineTee(console, charset), true, charset);
    }

    /** Whether the streams are being captured. */
    public static synchronized boolean isActive() {
        return users > 0;
    }

    /**
     * Prints {@code line} to {@code stream} without capturing it: our own warnings, which the
     * runtime writes to run.log itself.
     */
    public static void printlnUncaptured(PrintStream stream, String line) {
        LineTee.passThrough(stream, line);
    }

    static LineRouter router() {
        return router;
    }

    /**
     * The charset the JVM encodes this console stream with, so captured bytes decode to the text
     * that was printed: {@code stdout.encoding} (Java 18+), {@code sun.stdout.encoding}, else the default.
     */
    private static Charset charset(String stream) {
        for (String property : new String[] {stream + ".encoding", "sun." + stream + ".encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }
}
