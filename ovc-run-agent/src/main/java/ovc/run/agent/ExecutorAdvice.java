package ovc.run.agent;

import net.bytebuddy.asm.Advice;
import ovc.run.agent.bootstrap.TaskContexts;

/**
 * The advice woven into {@code java.util.concurrent} ({@link ExecutorMethods} says where). Each
 * body is one call into the bootstrap-side {@link TaskContexts}, the only class of ours a JDK class
 * can see. Outside a run each call reads one volatile field and returns.
 */
final class ExecutorAdvice {

    private ExecutorAdvice() {}

    /** A method whose first argument is the task being handed to a pool. */
    static final class HandOverFirstArgument {
        private HandOverFirstArgument() {}

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) Object task) {
            TaskContexts.handOver(task);
        }
    }

    /** {@code ForkJoinPool.poolSubmit(boolean, ForkJoinTask)} (Java 19+): the task is the second argument. */
    static final class HandOverSecondArgument {
        private HandOverSecondArgument() {}

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) Object task) {
            TaskContexts.handOver(task);
        }
    }

    /** {@code ForkJoinTask.fork()}: the task hands itself over. */
    static final class HandOverSelf {
        private HandOverSelf() {}

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object task) {
            TaskContexts.handOver(task);
        }
    }

    /** {@code ForkJoinTask.doExec()}, where every pool (and a joining thread) runs a task: bound while it runs. */
    static final class RunTask {
        private RunTask() {}

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.This Object task) {
            return TaskContexts.enter(task);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object entered) {
            TaskContexts.leave(entered);
        }
    }

    /**
     * {@code ThreadPoolExecutor.beforeExecute(Thread, Runnable)}, which a worker calls before each
     * task: binds the task's run if {@link NextTask} has not (a worker that was already waiting in
     * the old {@code getTask}, or its first task). A subclass that overrides it without calling
     * {@code super} leaves that to {@code getTask} alone.
     */
    static final class BeforeTask {
        private BeforeTask() {}

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) Object task) {
            TaskContexts.adopt(task);
        }
    }

    /**
     * {@code ThreadPoolExecutor.getTask()}, which a worker calls for each next task: bound to that
     * task until the next. (Not around {@code runWorker}'s {@code task.run()}: a worker started
     * before the instrumentation stays in its old {@code runWorker} loop for good, but calls the
     * new {@code getTask}.)
     */
    static final class NextTask {
        private NextTask() {}

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Return Object task) {
            TaskContexts.next(task);
        }
    }
}
