package ovc.run.agent;

import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.TypeInitializer;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.auxiliary.AuxiliaryType;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Byte Buddy's {@link Advice}, applied to one class file at a time. Each class is changed in place
 * (no member added, none renamed), which is what lets the same code serve class loading and
 * retransformation. The advice is inlined and each advice body is one call into {@link AdviceBridge},
 * passing the method's annotation values as a {@link DeclarationConstant}.
 *
 * <p>Why this path and not {@code AgentBuilder} or {@code ByteBuddy.decorate}: both are built for
 * defining and rebasing types and load hundreds of classes for it (method graphs, registries, type
 * writers) before the first class is woven. Advice is an ASM visitor wrapper; here it is applied
 * as one, over Byte Buddy's own ASM, with the class described by a lazy {@link TypePool}. That
 * halves the classes a first run loads; the bytes it writes are the same advice.
 */
final class AdviceWeaver {

    // The advice classes are described from their class files, as the woven classes are, not by
    // reflection: reflection would build a proxy per annotation on every advice method.
    private static final ClassFileLocator ADVICE_FILES = ClassFileLocator.ForClassLoader.of(AdviceWeaver.class.getClassLoader());
    private static final TypePool ADVICE = pool(null, ADVICE_FILES);

    static final AdviceWeaver INSTANCE = new AdviceWeaver();

    final AsmVisitorWrapper applicationAdvice;
    private final AsmVisitorWrapper exitAdvice;

    private AdviceWeaver() {
        // Each advice receives its method's annotation values as one constant (see DeclarationConstant).
        Advice.WithCustomMapping declared = Advice.withCustomMapping().bind(WovenDeclaration.class, new WovenDeclarationMapping());
        applicationAdvice = new AsmVisitorWrapper.Compound(
                declared.to(ADVICE.describe(PipelineAdvice.class.getName()).resolve(), ADVICE_FILES).on(MarkedMethods.PIPELINE),
                declared.to(ADVICE.describe(InputAdvice.class.getName()).resolve(), ADVICE_FILES).on(MarkedMethods.INPUT_ARGUMENTS),
                declared.to(ADVICE.describe(OutputAdvice.class.getName()).resolve(), ADVICE_FILES).on(MarkedMethods.RESULTS));
        exitAdvice = Advice.to(ADVICE.describe(ExitAdvice.class.getName()).resolve(), ADVICE_FILES).on(MarkedMethods.RUNTIME_EXIT);
    }

    /** The class with its annotated methods woven, or {@code null} when none is annotated. */
    byte[] weave(String typeName, byte[] classFile, ClassLoader loader) {
        TypePool pool = pool(typeName, new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of(typeName, classFile), ClassFileLocator.ForClassLoader.of(loader)));
        TypeDescription type = pool.describe(typeName).resolve();
        for (MethodDescription method : type.getDeclaredMethods()) {
            if (MarkedMethods.ANY.matches(method)) {
                return apply(applicationAdvice, type, pool, classFile);
            }
        }
        // The descriptor was only mentioned (a call, a constant), not carried by a method of this class.
        return null;
    }

    /** {@code java.lang.Runtime} with {@code exit(int)} telling the exit bridge first. */
    byte[] weaveRuntime(byte[] classFile) {
        TypePool pool = pool("java.lang.Runtime", new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of("java.lang.Runtime", classFile),
                ClassFileLocator.ForClassLoader.ofBootLoader()));
        return apply(exitAdvice, pool.describe("java.lang.Runtime").resolve(), pool, classFile);
    }

    /** A {@code java.util.concurrent} class with its hand-over points woven ({@link ExecutorMethods}). */
    byte[] weaveExecutor(String internalName, byte[] classFile) {
        String typeName = internalName.replace('/', '.');
        TypePool pool = pool(typeName, new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of(typeName, classFile), ClassFileLocator.ForClassLoader.ofBootLoader()));
        java.util.List<AsmVisitorWrapper> advice = new java.util.ArrayList<>();
        for (ExecutorMethods method : ExecutorMethods.values()) {
            if (method.owner.equals(internalName)) {
                advice.add(Advice.to(ADVICE.describe(method.advice.getName()).resolve(), ADVICE_FILES).on(method));
            }
        }
        return apply(new AsmVisitorWrapper.Compound(advice), pool.describe(typeName).resolve(), pool, classFile);
    }

    /**
     * A lazy pool over {@code files}, as {@code WithLazyResolution.of} makes, that takes other boot
     * {@code java.*} types than {@code woven} from their loaded classes ({@link JdkTypes}).
     */
    private static TypePool pool(String woven, ClassFileLocator files) {
        return new TypePool.Default.WithLazyResolution(new TypePool.CacheProvider.Simple(), files,
                TypePool.Default.ReaderMode.FAST, new JdkTypes(woven));
    }

    /**
     * Runs {@code advice} over the class file as Byte Buddy's type writer would for a decoration:
     * the reader and writer flags the advice asks for, an implementation context that allows no
     * added members, and unmatched methods copied as they are.
     */
    private static byte[] apply(AsmVisitorWrapper advice, TypeDescription type, TypePool pool, byte[] classFile) {
        int writerFlags = advice.mergeWriter(0);
        int readerFlags = advice.mergeReader(0);
        ClassFileVersion version = ClassFileVersion.ofClassFile(classFile);
        Implementation.Context.FrameGeneration frames = (writerFlags & ClassWriter.COMPUTE_FRAMES) != 0
                || !version.isAtLeast(ClassFileVersion.JAVA_V6) ? Implementation.Context.FrameGeneration.DISABLED
                : (readerFlags & ClassReader.EXPAND_FRAMES) != 0 ? Implementation.Context.FrameGeneration.EXPAND
                : Implementation.Context.FrameGeneration.GENERATE;
        Implementation.Context.ExtractableView context = Implementation.Context.Disabled.Factory.INSTANCE.make(type,
                new AuxiliaryType.NamingStrategy.Suffixing("ovcrun"), TypeInitializer.None.INSTANCE, version, version,
                frames);
        ClassReader reader = OpenedClassReader.of(classFile);
        ClassWriter writer = new ClassWriter(reader, writerFlags);
        reader.accept(advice.wrap(type, writer, context, pool, type.getDeclaredFields(), type.getDeclaredMethods(),
                writerFlags, readerFlags), readerFlags);
        return writer.toByteArray();
    }
}
