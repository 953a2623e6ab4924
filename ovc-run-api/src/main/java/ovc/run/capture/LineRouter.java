package ovc.run.capture;

/** Where a captured line goes; called on the thread that printed it. */
@FunctionalInterface
public interface LineRouter {

    /** Takes one complete line, without its line break, printed by the current thread. */
    void route(String line);

    /**
     * Where a line too long to hold may be cut: the text before the returned index is routed as
     * one line, the rest starts the next. The runtime never cuts inside a secret there, so that no
     * secret reaches run.log as two unmasked halves. By default, anywhere: at the end.
     */
    default int cutPoint(String text) {
        return text.length();
    }
}
