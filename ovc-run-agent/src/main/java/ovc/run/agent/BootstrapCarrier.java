package ovc.run.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.Set;

/**
 * Defines the agent's bootstrap-side classes ({@code ovc.run.agent.bootstrap.*}) in the bootstrap
 * class loader, so that advice woven into {@code java.util.concurrent} can call them, and lets
 * {@code java.base} read them.
 *
 * <p>They are defined directly rather than through
 * {@link Instrumentation#appendToBootstrapClassLoaderSearch}: appending to the bootstrap search
 * makes the JVM print a class-sharing warning and turns class sharing off for every class loaded
 * after it. The class files are read from the agent jar as resources, never loaded by the system
 * class loader, so there is one copy of each class, the bootstrap one.
 *
 * <p>The price: {@code jdk.internal.misc} is exported to the system class loader's unnamed module
 * (the agent's, which is also the application's), as Byte Buddy's {@code ClassInjector.UsingUnsafe}
 * does. It happens at the first run only, never in a program that starts none.
 */
final class BootstrapCarrier {

    static final String CONTEXTS = "ovc.run.agent.bootstrap.TaskContexts";
    private static final String[] CLASSES = {
        "ovc.run.agent.bootstrap.TaskKey", "ovc.run.agent.bootstrap.TaskProbe", CONTEXTS};

    private BootstrapCarrier() {}

    /** Defines the classes (once) and returns {@code TaskContexts}. */
    static Class<?> define(Instrumentation instrumentation) throws ReflectiveOperationException, IOException {
        Module base = Object.class.getModule();
        Module agent = BootstrapCarrier.class.getModule();
        instrumentation.redefineModule(base, Set.of(), Map.of("jdk.internal.misc", Set.of(agent)), Map.of(), Set.of(),
                Map.of());
        Class<?> unsafeType = Class.forName("jdk.internal.misc.Unsafe");
        Object unsafe = unsafeType.getMethod("getUnsafe").invoke(null);
        Method defineClass = unsafeType.getMethod("defineClass", String.class, byte[].class, int.class, int.class,
                ClassLoader.class, ProtectionDomain.class);
        Class<?> contexts = null;
        for (String name : CLASSES) {
            byte[] bytes = classFile(name);
            contexts = (Class<?>) defineClass.invoke(unsafe, name, bytes, 0, bytes.length, null, null);
        }
        instrumentation.redefineModule(base, Set.of(contexts.getModule()), Map.of(), Map.of(), Set.of(), Map.of());
        return contexts;
    }

    private static byte[] classFile(String name) throws IOException {
        String resource = "/" + name.replace('.', '/') + ".class";
        try (InputStream in = BootstrapCarrier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the agent jar");
            }
            return in.readAllBytes();
        }
    }
}
