package ovc.run.capture;

import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Copies what the process prints to {@code System.out} and {@code System.err} to a
 * {@link LineRouter}, one complete line at a time, while still printing it to the console.
 *
 * <p>Started and stopped in pairs: the streams are replaced when the first user starts and put
 * back when the last one stops, unless the application has replaced them meanwhile (then its
 * streams stay).
 */
public final class OutputCapture {

    private static int users;
    private static LineTee out;
    private static LineTee err;
    private static PrintStream installedOut;
    private static PrintStream installedErr;

    private OutputCapture() {}

    /** Starts capturing into {@code router} (the first caller's router serves until the last stop). */
    public static synchronized void start(LineRouter router) {
        if (users++ > 0) {
            return;
        }
        out = new LineTee(System.out, charset("stdout"), router);
        err = new LineTee(System.err, charset("stderr"), router);
        installedOut = new PrintStream(out, true, out.charset());
        installedErr = new PrintStream(err, true, err.charset());
        System.setOut(installedOut);
        System.setErr(installedErr);
    }

    /** Ends one {@link #start}; the last one puts the console streams back. */
    public static synchronized void stop() {
        if (users == 0 || --users > 0) {
            return;
        }
        if (System.out == installedOut) {
            installedOut.flush();
            System.setOut(out.console());
        }
        if (System.err == installedErr) {
            installedErr.flush();
            System.setErr(err.console());
        }
        out = null;
        err = null;
        installedOut = null;
        installedErr = null;
    }

    /** Whether the streams are being captured. */
    public static synchronized boolean isActive() {
        return users > 0;
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
