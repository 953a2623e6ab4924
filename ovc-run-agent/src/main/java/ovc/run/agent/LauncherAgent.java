package ovc.run.agent;

import java.lang.instrument.Instrumentation;

/**
 * The entry point for an application's own executable jar that carries the agent: its manifest
 * names this class as {@code Launcher-Agent-Class}, and {@code java -jar app.jar} starts the agent
 * before {@code main}, with no {@code -javaagent} flag. The JVM calls {@code agentmain} for it, but
 * the application has not started yet, so the agent starts as {@code -javaagent} does: nothing to
 * retransform. Options come from {@code -Dovc.run.*} and {@code OVC_RUN_*} (there is no argument
 * string). The jar's manifest also needs {@code Can-Retransform-Classes: true} and
 * {@code Can-Redefine-Classes: true}, as the agent jar's has.
 */
public final class LauncherAgent {

    private LauncherAgent() {}

    /** Called by the JVM's launcher before the executable jar's {@code main}. */
    public static void agentmain(String arguments, Instrumentation instrumentation) {
        OvcRunAgent.start(arguments, instrumentation, false);
    }
}
