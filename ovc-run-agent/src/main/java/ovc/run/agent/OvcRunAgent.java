package ovc.run.agent;

import java.lang.instrument.Instrumentation;

/**
 * The {@code -javaagent} entry points. Deliberately tiny: it parses the options and registers a
 * transformer that only byte-scans class files; Byte Buddy is loaded the first time a class that
 * mentions {@code @Pipeline}, {@code @RunInput} or {@code @RunOutput} is seen. Nothing here may
 * stop the JVM from starting: any failure prints one line and the application runs uninstrumented.
 *
 * <pre>
 * java -javaagent:ovc-run-agent.jar=reports=DIR,trigger=worker_cron,strict=true,capture=none,debug=true -jar app.jar
 * </pre>
 *
 * <p>An executable jar that carries the agent starts it through {@link LauncherAgent} instead.
 */
public final class OvcRunAgent {

    private OvcRunAgent() {}

    /** Called by the JVM for {@code -javaagent:} before {@code main}. */
    public static void premain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation, false);
    }

    /** Called when the agent is attached to a running JVM; already loaded classes are retransformed. */
    public static void agentmain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation, true);
    }

    static void start(String arguments, Instrumentation instrumentation, boolean attached) {
        try {
            // Before any api internal is touched: a modular application's api exports none to the agent.
            String exported = ModuleEdges.exportApiToAgent(instrumentation);
            // First, and before any ovc.run class outside this package is touched: with another version
            // of the api on the class path, those classes would be the other version's.
            String mismatch = ApiCopies.mismatch();
            if (mismatch != null) {
                System.err.println("[ovc-run] agent: " + mismatch);
                return;
            }
            AgentOptions options = AgentOptions.parse(arguments, System.err);
            if (exported != null) {
                AgentLog.debug(options.debug(), exported);
            }
            Agent.install(options, instrumentation, attached);
        } catch (Throwable e) {
            System.err.println("[ovc-run] agent not started (" + e + "); the application runs without run recording");
        }
    }
}
