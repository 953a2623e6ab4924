package ovc.run.agent;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The step between "this class mentions our annotations" and Byte Buddy: first the
 * {@link WovenCache}, then {@link AdviceWeaver}. It names {@code AdviceWeaver} only inside method bodies, so
 * Byte Buddy's classes load on the first class the cache cannot serve, and on a repeat run not at all.
 */
final class CachingWeaver {

    // Stored for a class that mentions our annotations but has nothing to weave.
    private static final byte[] NOTHING = new byte[0];

    private static final Object LOCK = new Object();
    private static volatile boolean cacheOpened;
    private static volatile WovenCache cache;

    private CachingWeaver() {}

    /** Woven bytes of an application class, or {@code null} when nothing in it needs weaving. */
    static byte[] application(String internalName, byte[] classFile, ClassLoader loader, AgentOptions options) {
        long start = System.nanoTime();
        WovenCache cache = cache(options);
        byte[] woven = cache == null ? null : cache.lookup(internalName, classFile);
        String source = "from cache";
        if (woven == null) {
            woven = AdviceWeaver.INSTANCE.weave(internalName.replace('/', '.'), classFile, loader);
            woven = woven == null ? NOTHING : woven;
            source = "with Byte Buddy";
            if (cache != null) {
                cache.store(internalName, classFile, woven);
            }
        }
        if (options.debug()) {
            AgentLog.debug(true, (woven.length == 0 ? "nothing to weave in " : "woven ")
                    + internalName.replace('/', '.') + " " + source + " in " + (System.nanoTime() - start) / 1_000_000
                    + " ms");
        }
        return woven.length == 0 ? null : woven;
    }

    /** Woven bytes of {@code java.lang.Runtime}: {@code exit(int)} first tells {@link ExitHook}. */
    static byte[] runtime(byte[] classFile, AgentOptions options) {
        String name = "java/lang/Runtime";
        WovenCache cache = cache(options);
        byte[] woven = cache == null ? null : cache.lookup(name, classFile);
        if (woven == null) {
            woven = AdviceWeaver.INSTANCE.weaveRuntime(classFile);
            if (cache != null) {
                cache.store(name, classFile, woven);
            }
        }
        AgentLog.debug(options.debug(), "woven java.lang.Runtime.exit(int)");
        return woven;
    }

    /** Woven bytes of a {@code java.util.concurrent} class that hands work between threads. */
    static byte[] executor(String internalName, byte[] classFile, AgentOptions options) {
        WovenCache cache = cache(options);
        byte[] woven = cache == null ? null : cache.lookup(internalName, classFile);
        if (woven == null) {
            woven = AdviceWeaver.INSTANCE.weaveExecutor(internalName, classFile);
            if (cache != null) {
                cache.store(internalName, classFile, woven);
            }
        }
        AgentLog.debug(options.debug(), "woven " + internalName.replace('/', '.'));
        return woven;
    }

    private static WovenCache cache(AgentOptions options) {
        if (cacheOpened) {
            return cache;
        }
        synchronized (LOCK) {
            if (!cacheOpened) {
                Path folder = options.cacheFolder();
                if (folder != null) {
                    try {
                        cache = WovenCache.open(folder);
                        AgentLog.debug(options.debug(), "woven class cache in " + folder);
                    } catch (UntrustedCacheFolder e) {
                        AgentLog.debug(options.debug(), "woven class cache off (" + e.getMessage()
                                + "): only a folder of this user that no one else can write is used");
                    } catch (IOException | RuntimeException e) {
                        String off = "woven class cache off (" + AgentLog.describe(e)
                                + "); every run weaves again, which costs start-up time only";
                        if (options.cacheFolderNamed()) {
                            AgentLog.problem(off + " (name a folder this user can write, or say cache=off)");
                        } else {
                            // The default folder, under a home this user cannot write (a container's
                            // HOME=/): nothing is wrong with the run, so not a line on every run's stderr.
                            AgentLog.debug(options.debug(), off + " (cache=DIR or OVC_RUN_CACHE names a folder"
                                    + " this user can write)");
                        }
                    }
                }
                cacheOpened = true;
            }
            return cache;
        }
    }
}
