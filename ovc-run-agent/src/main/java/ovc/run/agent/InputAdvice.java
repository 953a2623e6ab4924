package ovc.run.agent;

import net.bytebuddy.asm.Advice;

/**
 * Woven into methods with {@code @RunInput} parameters: the arguments are recorded on entry.
 * Outside a run it costs one volatile read; the argument array is only built inside a run.
 */
final class InputAdvice {

    private InputAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Origin Class<?> type, @WovenDeclaration String declaration,
            @Advice.AllArguments Object[] arguments) {
        if (AdviceBridge.recording()) {
            AdviceBridge.recordArguments(type, declaration, arguments);
        }
    }
}
