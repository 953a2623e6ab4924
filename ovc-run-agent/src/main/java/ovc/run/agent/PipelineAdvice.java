package ovc.run.agent;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Woven into every {@code @Pipeline} method: a run starts on entry and finishes on exit. When
 * {@link AdviceBridge#enterPipeline} refuses the call (missing environment, strict mode), the body is
 * skipped and the exit advice throws the refusal's exception to the caller.
 */
final class PipelineAdvice {

    private PipelineAdvice() {}

    @Advice.OnMethodEnter(skipOn = Refusal.class, suppress = Throwable.class)
    static Object enter(@Advice.Origin Class<?> type, @WovenDeclaration String declaration,
            @Advice.AllArguments Object[] arguments) {
        return AdviceBridge.enterPipeline(type, declaration, arguments);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object call, @Advice.Origin Class<?> type, @WovenDeclaration String declaration,
            @Advice.AllArguments Object[] arguments,
            @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object returned,
            @Advice.Thrown(readOnly = false) Throwable thrown) {
        thrown = AdviceBridge.exitPipeline(call, type, declaration, arguments, returned, thrown);
    }
}
