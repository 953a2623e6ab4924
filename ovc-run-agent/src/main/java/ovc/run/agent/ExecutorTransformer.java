package ovc.run.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Weaves the four {@code java.util.concurrent} classes where work changes threads
 * ({@link ExecutorMethods} says where), and nothing else. Added only by {@link ExecutorInstrumentation}.
 */
final class ExecutorTransformer implements ClassFileTransformer {

    static final Class<?>[] TARGETS = {
        ThreadPoolExecutor.class, ScheduledThreadPoolExecutor.class, ForkJoinPool.class, ForkJoinTask.class};

    private final AgentOptions options;
    private volatile boolean failed;

    ExecutorTransformer(AgentOptions options) {
        this.options = options;
    }

    /** Whether a target could not be woven (already reported). */
    boolean failed() {
        return failed;
    }

    // Compared by name, not through ExecutorMethods: a cache hit must not load a Byte Buddy type.
    private static boolean isTarget(String internalName) {
        for (Class<?> target : TARGETS) {
            if (internalName.length() == target.getName().length()
                    && internalName.equals(target.getName().replace('.', '/'))) {
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
            return Weaving.executor(className, classFile, options);
        } catch (Throwable e) {
            failed = true;
            AgentLog.problem("could not instrument " + className.replace('/', '.') + " (" + AgentLog.describe(e)
                    + "); work handed to it is not carried into its run");
            return null;
        }
    }
}
