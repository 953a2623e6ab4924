package ovc.run.agent;

/**
 * The step between "this class mentions our annotations" and Byte Buddy. It names {@link Weaver}
 * only inside method bodies, so Byte Buddy's classes load on the first class that needs weaving.
 */
final class Weaving {

    private Weaving() {}

    /** Woven bytes of an application class, or {@code null} when nothing in it needs weaving. */
    static byte[] application(String internalName, byte[] classFile, ClassLoader loader, boolean debug) {
        long start = System.nanoTime();
        byte[] woven = Weaver.INSTANCE.weave(internalName.replace('/', '.'), classFile, loader);
        AgentLog.debug(debug, (woven == null ? "nothing to weave in " : "woven ") + internalName.replace('/', '.')
                + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return woven;
    }

    /** Woven bytes of {@code java.lang.Runtime}: {@code exit(int)} first tells the bridge. */
    static byte[] runtime(byte[] classFile, boolean debug) {
        byte[] woven = Weaver.INSTANCE.weaveRuntime(classFile);
        AgentLog.debug(debug, "woven java.lang.Runtime.exit(int)");
        return woven;
    }
}
