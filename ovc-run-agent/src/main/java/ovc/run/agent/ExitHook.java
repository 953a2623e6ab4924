package ovc.run.agent;

import ovc.run.runtime.RunLifecycle;

/**
 * Makes {@code System.exit(n)} inside a run finish the run with {@code n} before the JVM halts.
 *
 * <p>A shutdown hook cannot tell an exit code, so {@code java.lang.Runtime.exit(int)} is woven
 * ({@link ExitAdvice}) to call {@link #exiting} first. The bridge from that bootstrap class to the
 * agent is a by-name reflective call through the system class loader rather than a class put on
 * the bootstrap class path: appending to that path makes the JVM print a class-sharing warning on
 * every run, and a hook object parked in the system properties would break code that reads every
 * property value as a String.
 *
 * <p>Installed when the first run starts, so a program that never starts a run pays nothing.
 * Public only so that the woven {@code Runtime.exit} can call {@link #exiting}.
 */
public final class ExitHook {

    private static volatile boolean attempted;

    private ExitHook() {}

    static void ensureInstalled() {
        if (!attempted) {
            install();
        }
    }

    private static synchronized void install() {
        Agent agent = Agent.get();
        if (attempted || agent == null) {
            return;
        }
        attempted = true;
        try {
            agent.transformer.weaveRuntime();
            agent.instrumentation.retransformClasses(Runtime.class);
        } catch (Throwable e) {
            AgentLog.problem("System.exit inside a run is recorded as a terminated process, without its exit code ("
                    + AgentLog.describe(e) + ")");
        }
    }

    /** Called by the woven {@code Runtime.exit(status)}: finishes every active run with that code. */
    public static void exiting(int status) {
        try {
            RunLifecycle.processExiting(status);
        } catch (Throwable e) {
            AgentLog.problem("could not finish the active runs at System.exit(" + status + "): " + AgentLog.describe(e));
        }
    }
}
