package ovc.run.agent;

import ovc.run.runtime.ErrorText;
import ovc.run.runtime.Warnings;

/** The agent's one voice on stderr: a problem once, and what it does when debugging. */
final class AgentLog {

    private AgentLog() {}

    /** One line per distinct problem: the instrumentation failed somewhere and the application goes on. */
    static void problem(String message) {
        Warnings.once(System.err, "agent: " + message);
    }

    static void debug(boolean enabled, String message) {
        if (enabled) {
            System.err.println("[ovc-run] agent: " + message);
        }
    }

    static String describe(Throwable error) {
        // ErrorText, not getMessage(): an application's exception may throw from it.
        String message = ErrorText.message(error);
        return error.getClass().getName() + (message == null ? "" : ": " + message);
    }
}
