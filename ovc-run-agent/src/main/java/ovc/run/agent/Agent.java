package ovc.run.agent;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import ovc.run.capture.OutputCapture;
import ovc.run.runtime.FirstRun;

/** The installed agent: its instrumentation, its options and its one transformer. */
final class Agent {

    private static volatile Agent installed;

    final Instrumentation instrumentation;
    final AgentOptions options;
    final AnnotationTransformer transformer;

    private Agent(Instrumentation instrumentation, AgentOptions options) {
        this.instrumentation = instrumentation;
        this.options = options;
        this.transformer = new AnnotationTransformer(options, instrumentation);
    }

    static synchronized void install(AgentOptions options, Instrumentation instrumentation, boolean attached) {
        if (installed != null) {
            AgentLog.problem("the agent is already running in this JVM; the second one is ignored");
            return;
        }
        Agent agent = new Agent(instrumentation, options);
        instrumentation.addTransformer(agent.transformer, true);
        // Only an agent whose transformer is in place counts as installed.
        installed = agent;
        // Now, before main: a logging library that keeps the console stream it finds keeps our tee.
        OutputCapture.install();
        FirstRun.whenStarted(new ExecutorInstrumentation(instrumentation, options));
        if (attached) {
            LoadedClasses.retransform(instrumentation, options.debug());
        }
    }

    /** The agent, or {@code null} when none was installed (as in unit tests of this module). */
    static Agent get() {
        return installed;
    }

    /** The run settings the agent was given, for every run it starts. */
    static Map<String, String> settings() {
        Agent agent = installed;
        return agent == null ? Map.of() : agent.options.settings();
    }
}
