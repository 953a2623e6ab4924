package ovc.run.agent;

import net.bytebuddy.pool.TypePool;

/**
 * The parent of the type pools the weaver makes: {@code java.*} types the boot loader defines,
 * described from their loaded classes instead of from class files read out of the runtime image.
 *
 * <p>Why: a pool otherwise reads {@code java/lang/String.class} and {@code Throwable.class} through
 * the {@code jrt:} URL handler and the image reader and parses every signature in them, which loads
 * the image reader and the pool's generic-signature machinery, for classes the JVM has long loaded.
 * A boot class is what any class loader resolves a {@code java.*} name to, so it describes the same
 * class. The class being woven is never described here, even when it is a {@code java.*} class:
 * its description must be of the class file being transformed; nor are the executor classes the
 * agent weaves, whose loading here would weave them in the middle of another class's weaving.
 * Other names are not looked up at all (no {@code Class.forName}, no exception): the pool's class
 * files describe them.
 */
final class JdkTypes extends TypePool.ClassLoading {

    private final String woven;

    /** @param woven the binary name of the class being woven (described from its class file), or null */
    JdkTypes(String woven) {
        super(new TypePool.CacheProvider.Simple(), TypePool.Empty.INSTANCE, null);
        this.woven = woven;
    }

    @Override
    protected Resolution doDescribe(String name) {
        return name.startsWith("java.") && !name.equals(woven) && !ExecutorTransformer.isTarget(name.replace('.', '/'))
                ? super.doDescribe(name) : new Resolution.Illegal(name);
    }
}
