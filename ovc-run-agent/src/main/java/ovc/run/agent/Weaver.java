package ovc.run.agent;

import static net.bytebuddy.matcher.ElementMatchers.hasParameters;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;
import static net.bytebuddy.matcher.ElementMatchers.whereAny;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.pool.TypePool;

/**
 * Byte Buddy, applied to one class file at a time. Each class is decorated in place (no member
 * added, none renamed), which is what lets the same code serve class loading and retransformation.
 * The advice is inlined and each advice body is one call into {@link Dispatch}, passing the
 * method's annotation values as a {@link Declaration} constant.
 *
 * <p>Why not {@code AgentBuilder}: its eager set-up (matchers, pool, listeners for every class)
 * is most of a naive agent's start-up cost; {@link AnnotationTransformer} already knows which few
 * classes need weaving, so a plain {@link ByteBuddy} decoration per class is all that is left.
 */
final class Weaver {

    private static final ElementMatcher.Junction<MethodDescription> PIPELINE =
            isAnnotatedWith(named(DeclarationMapping.PIPELINE));
    private static final ElementMatcher.Junction<MethodDescription> INPUT_PARAMETERS =
            hasParameters(whereAny(isAnnotatedWith(named(DeclarationMapping.RUN_INPUT))));
    private static final ElementMatcher.Junction<MethodDescription> RESULTS =
            isAnnotatedWith(named(DeclarationMapping.RUN_INPUT))
                    .or(isAnnotatedWith(named(DeclarationMapping.RUN_OUTPUT)))
                    .or(hasParameters(whereAny(isAnnotatedWith(named(DeclarationMapping.RUN_OUTPUT)))));

    // After the matchers: static fields initialise in order, and the instance needs them.
    static final Weaver INSTANCE = new Weaver();

    private final ByteBuddy byteBuddy = new ByteBuddy().with(TypeValidation.DISABLED)
            .with(net.bytebuddy.dynamic.scaffold.MethodGraph.Compiler.ForDeclaredMethods.INSTANCE)
            .with(net.bytebuddy.implementation.Implementation.Context.Disabled.Factory.INSTANCE);
    // Each advice receives its method's annotation values as one constant (see Declaration).
    private final Advice.WithCustomMapping declared = Advice.withCustomMapping()
            .bind(Declared.class, new DeclarationMapping());
    private final AsmVisitorWrapper applicationAdvice = new AsmVisitorWrapper.Compound(
            declared.to(PipelineAdvice.class).on(isMethod().and(PIPELINE)),
            declared.to(InputAdvice.class).on(isMethod().and(not(PIPELINE)).and(INPUT_PARAMETERS)),
            declared.to(OutputAdvice.class).on(isMethod().and(not(PIPELINE)).and(RESULTS)));
    private final AsmVisitorWrapper exitAdvice =
            Advice.to(ExitAdvice.class).on(named("exit").and(takesArguments(int.class)));

    private Weaver() {}

    /** The class with its annotated methods woven, or {@code null} when none is annotated. */
    byte[] weave(String typeName, byte[] classFile, ClassLoader loader) {
        ClassFileLocator locator = new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of(typeName, classFile), ClassFileLocator.ForClassLoader.of(loader));
        TypeDescription type = TypePool.Default.WithLazyResolution.of(locator).describe(typeName).resolve();
        if (type.getDeclaredMethods().filter(isMethod().and(PIPELINE.or(INPUT_PARAMETERS).or(RESULTS))).isEmpty()) {
            // The descriptor was only mentioned (a call, a constant), not carried by a method of this class.
            return null;
        }
        return byteBuddy.decorate(type, locator).visit(applicationAdvice).make().getBytes();
    }

    /** {@code java.lang.Runtime} with {@code exit(int)} telling the exit bridge first. */
    byte[] weaveRuntime(byte[] classFile) {
        ClassFileLocator locator = new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of("java.lang.Runtime", classFile), ClassFileLocator.ForClassLoader.ofBootLoader());
        TypeDescription type = TypePool.Default.WithLazyResolution.of(locator).describe("java.lang.Runtime").resolve();
        return byteBuddy.decorate(type, locator).visit(exitAdvice).make().getBytes();
    }
}
