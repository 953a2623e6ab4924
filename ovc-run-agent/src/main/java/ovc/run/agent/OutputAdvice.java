package ovc.run.agent;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Woven into {@code @RunInput}/{@code @RunOutput} methods and methods with {@code @RunOutput}
 * parameters: the return value and output arguments are recorded when the method returns normally.
 */
final class OutputAdvice {

    private OutputAdvice() {}

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Origin Class<?> type, @WovenDeclaration String declaration,
            @Advice.AllArguments Object[] arguments,
            @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object returned, @Advice.Thrown Throwable thrown) {
        if (thrown == null && AdviceBridge.recording()) {
            AdviceBridge.recordResults(type, declaration, arguments, returned);
        }
    }
}
