package ovc.run.capture;

/** Where a captured line goes; called on the thread that printed it. */
@FunctionalInterface
public interface LineRouter {

    /** Takes one complete line, without its line break, printed by the current thread. */
    void route(String line);
}
