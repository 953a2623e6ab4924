package ovc.run.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * Weaves the four {@code java.util.concurrent} classes where work changes threads
 * ({@link ExecutorMethods} says where), and nothing else. Added only by {@link ExecutorInstrumentation}.
 */
final class ExecutorTransformer implements ClassFileTransformer {

    /**
     * The classes woven, by internal name. Names, not class literals: a literal would load all four
     * when the first run starts, and a program that never uses a pool (most small pipelines) would
     * pay to load and retransform them; not yet loaded, they are woven as they load.
     */
    static final String[] TARGETS = {
        "java/util/concurrent/ThreadPoolExecutor", "java/util/concurrent/ScheduledThreadPoolExecutor",
        "java/util/concurrent/ForkJoinPool", "java/util/concurrent/ForkJoinTask"};

    private final AgentOptions options;
    private final CarrierConnection carrier;
    private volatile boolean failed;

    ExecutorTransformer(AgentOptions options, CarrierConnection carrier) {
        this.options = options;
        this.carrier = carrier;
    }

    /** Whether a target could not be woven (already reported). */
    boolean failed() {
        return failed;
    }

    // Compared by name, not through ExecutorMethods: a cache hit must not load a Byte Buddy type.
    static boolean isTarget(String internalName) {
        for (String target : TARGETS) {
            if (internalName.equals(target)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
            byte[] classFile) {
        if (loader != null || className == null || !isTarget(className)) {
            return null;
        }
        try {
            // Woven code names the carrier's classes, so they exist before the woven class can run.
            if (!carrier.ensureConnected()) {
                return null;
            }
            return CachingWeaver.executor(className, classFile, options);
        } catch (Throwable e) {
            failed = true;
            AgentLog.problem("could not instrument " + className.replace('/', '.') + " (" + AgentLog.describe(e)
                    + "); work handed to it is not carried into its run");
            return null;
        }
    }
}
