package ovc.run.agent;

import net.bytebuddy.asm.Advice;

/**
 * Woven into {@code java.lang.Runtime.exit(int)}. Code inlined into a bootstrap class can only name
 * bootstrap classes, so it reaches {@link ExitHook#exiting} by name through the system class
 * loader, which loaded the agent. Reflection costs microseconds, paid once per process, at exit.
 */
final class ExitAdvice {

    private ExitAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) int status) throws ReflectiveOperationException {
        Class.forName("ovc.run.agent.ExitHook", false, ClassLoader.getSystemClassLoader())
                .getMethod("exiting", int.class).invoke(null, status);
    }
}
