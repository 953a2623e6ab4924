package ovc.run.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;

/**
 * For an agent attached to a running JVM: finds the classes loaded before it that carry our
 * annotations and retransforms them. Each class is judged by the same byte scan as at load time,
 * on the class file its loader serves, rather than by reflection, which could load further classes.
 */
final class LoadedClasses {

    private LoadedClasses() {}

    static void retransform(Instrumentation instrumentation, boolean debug) {
        List<Class<?>> candidates = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            try {
                if (isCandidate(instrumentation, type)) {
                    candidates.add(type);
                }
            } catch (Throwable e) {
                // One unreadable class must not keep the others from being woven.
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        AgentLog.debug(debug, "retransforming " + candidates.size() + " loaded classes: " + candidates);
        try {
            instrumentation.retransformClasses(candidates.toArray(new Class<?>[0]));
        } catch (Throwable e) {
            AgentLog.problem("could not retransform the classes loaded before the agent (" + AgentLog.describe(e)
                    + "); they run unrecorded");
        }
    }

    private static boolean isCandidate(Instrumentation instrumentation, Class<?> type) throws IOException {
        ClassLoader loader = type.getClassLoader();
        if (loader == null || loader == ClassLoader.getPlatformClassLoader() || type.isArray() || type.isHidden()
                || !instrumentation.isModifiableClass(type)) {
            return false;
        }
        String resource = type.getName().replace('.', '/') + ".class";
        if (AnnotationTransformer.isOwn(resource)) {
            return false;
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in != null && AnnotationScan.mentionsAnnotations(in.readAllBytes());
        }
    }
}
