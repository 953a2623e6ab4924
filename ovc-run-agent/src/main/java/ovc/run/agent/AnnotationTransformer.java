package ovc.run.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * The agent's only transformer. Every class the JVM loads passes through it, so the common case
 * is cheap: JDK classes and the agent's own are skipped by loader and name, every other class is
 * byte-scanned ({@link AnnotationScan}), and only a class that mentions our annotations reaches
 * {@link AdviceWeaver} (and with it Byte Buddy, loaded then and not before). The one JDK class it changes
 * is {@code java.lang.Runtime}, once a run has asked for the {@code System.exit} hook.
 */
final class AnnotationTransformer implements ClassFileTransformer {

    private static final String RUNTIME = "java/lang/Runtime";

    private final AgentOptions options;
    private final Instrumentation instrumentation;
    private volatile boolean weaveRuntime;

    AnnotationTransformer(AgentOptions options, Instrumentation instrumentation) {
        this.options = options;
        this.instrumentation = instrumentation;
    }

    /** From now on {@code java.lang.Runtime} is woven when it is (re)transformed. */
    void weaveRuntime() {
        weaveRuntime = true;
    }

    /**
     * As {@link #transform(ClassLoader, String, Class, ProtectionDomain, byte[])}; a named module that
     * gets a woven class is first made to read the agent ({@link ModuleEdges}), else the class is left
     * as it is: woven calls its module cannot link would fail in the pipeline.
     */
    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
            ProtectionDomain domain, byte[] classFile) {
        byte[] woven = transform(loader, className, redefined, domain, classFile);
        if (woven != null && loader != null && module != null && module.isNamed()) {
            try {
                if (ModuleEdges.letReadAgent(instrumentation, module)) {
                    AgentLog.debug(options.debug(), "module " + module.getName() + " made to read the agent, for "
                            + className.replace('/', '.'));
                }
            } catch (RuntimeException e) {
                AgentLog.problem("could not let module " + module.getName() + " read the agent (" + AgentLog.describe(e)
                        + "); " + className.replace('/', '.') + " runs unrecorded");
                return null;
            }
        }
        return woven;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
            byte[] classFile) {
        if (className == null) {
            return null;
        }
        try {
            if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
                return weaveRuntime && className.equals(RUNTIME) ? CachingWeaver.runtime(classFile, options) : null;
            }
            if (isOwn(className) || !AnnotationScan.mentionsAnnotations(classFile)) {
                return null;
            }
            return CachingWeaver.application(className, classFile, loader, options);
        } catch (Throwable e) {
            AgentLog.problem("could not instrument " + className.replace('/', '.') + " (" + AgentLog.describe(e)
                    + "); it runs unrecorded");
            return null;
        }
    }

    /** The api and the agent themselves; user code in other {@code ovc.run.*} packages is woven. */
    static boolean isOwn(String internalName) {
        if (!internalName.startsWith("ovc/run/")) {
            return false;
        }
        String rest = internalName.substring("ovc/run/".length());
        return rest.indexOf('/') < 0 || rest.startsWith("agent/") || rest.startsWith("runtime/")
                || rest.startsWith("artifact/") || rest.startsWith("capture/");
    }
}
