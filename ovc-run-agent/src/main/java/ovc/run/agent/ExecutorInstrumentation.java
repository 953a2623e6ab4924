package ovc.run.agent;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes work handed to an executor record into the run of the thread that handed it over, as
 * OpenTelemetry's executor instrumentation propagates its context: {@code ThreadPoolExecutor},
 * {@code ScheduledThreadPoolExecutor} and {@code ForkJoinPool} (the common pool too, hence parallel
 * streams and {@code CompletableFuture.*Async}) are retransformed with {@link ExecutorTransformer}.
 *
 * <p>Installed when the first run of the JVM starts ({@code FirstRun.whenStarted}), before
 * its body runs, so a program that never starts a run never loads any of it; the bootstrap carrier
 * the woven classes call is defined only once one of them is loaded ({@link CarrierConnection}). Pools and their
 * threads created before keep working: their threads call the retransformed methods from then on;
 * a task handed over before simply carries no run.
 */
final class ExecutorInstrumentation implements Runnable {

    private final Instrumentation instrumentation;
    private final AgentOptions options;

    ExecutorInstrumentation(Instrumentation instrumentation, AgentOptions options) {
        this.instrumentation = instrumentation;
        this.options = options;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        try {
            CarrierConnection carrier = new CarrierConnection(instrumentation);
            ExecutorTransformer transformer = new ExecutorTransformer(options, carrier);
            instrumentation.addTransformer(transformer, true);
            Class<?>[] loaded = loadedTargets(instrumentation);
            if (loaded.length > 0) {
                if (!carrier.ensureConnected()) {
                    return;
                }
                instrumentation.retransformClasses(loaded);
            }
            if (transformer.failed()) {
                return;
            }
            AgentLog.debug(options.debug(), "executors carry runs from thread to thread (installed in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms, " + loaded.length + " already loaded classes"
                    + " retransformed, the others woven as they load)");
        } catch (Throwable e) {
            AgentLog.problem("work handed to executors is not carried into its run (" + AgentLog.describe(e)
                    + "); pooled threads record into the only active run, or use Run.wrap");
        }
    }

    /** The targets the JVM has already loaded (bootstrap classes, so loaded at most once each). */
    private static Class<?>[] loadedTargets(Instrumentation instrumentation) {
        List<Class<?>> loaded = new ArrayList<>(4);
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            String name = type.getName();
            if (name.startsWith("java.util.concurrent.") && type.getClassLoader() == null
                    && ExecutorTransformer.isTarget(name.replace('.', '/'))) {
                loaded.add(type);
            }
        }
        return loaded.toArray(new Class<?>[0]);
    }
}
