package ovc.run.agent;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Where work changes threads in {@code java.util.concurrent}, on Java 17 to 25, and which
 * {@link ExecutorAdvice} goes there. By name and descriptor, as {@link MarkedMethods} does, so that
 * no matcher classes load. A method a JDK version lacks is simply not found.
 */
enum ExecutorMethods implements ElementMatcher<MethodDescription> {

    /** Every plain submission to a thread pool, {@code submit} and {@code invokeAll} included. */
    POOL_EXECUTE("java/util/concurrent/ThreadPoolExecutor", "execute", "(Ljava/lang/Runnable;)V",
            ExecutorAdvice.HandOverFirstArgument.class),
    /** A pool worker takes its next task. */
    POOL_NEXT_TASK("java/util/concurrent/ThreadPoolExecutor", "getTask", "()Ljava/lang/Runnable;",
            ExecutorAdvice.NextTask.class),
    /** A pool worker is about to run a task. */
    POOL_BEFORE_TASK("java/util/concurrent/ThreadPoolExecutor", "beforeExecute",
            "(Ljava/lang/Thread;Ljava/lang/Runnable;)V", ExecutorAdvice.BeforeTask.class),
    /** Every {@code schedule*} and {@code execute} of a scheduled pool. */
    SCHEDULED_EXECUTE("java/util/concurrent/ScheduledThreadPoolExecutor", "delayedExecute",
            "(Ljava/util/concurrent/RunnableScheduledFuture;)V", ExecutorAdvice.HandOverFirstArgument.class),
    /** A periodic task queued again, by the worker that ran it, bound to its run then. */
    SCHEDULED_AGAIN("java/util/concurrent/ScheduledThreadPoolExecutor", "reExecutePeriodic",
            "(Ljava/util/concurrent/RunnableScheduledFuture;)V", ExecutorAdvice.HandOverFirstArgument.class),
    /** Java 17: every submission to a fork-join pool ({@code execute}, {@code submit}, {@code invoke}). */
    FORK_JOIN_SUBMIT_17("java/util/concurrent/ForkJoinPool", "externalSubmit",
            "(Ljava/util/concurrent/ForkJoinTask;)Ljava/util/concurrent/ForkJoinTask;",
            ExecutorAdvice.HandOverFirstArgument.class),
    /** Java 19+: the same, in one method. */
    FORK_JOIN_SUBMIT("java/util/concurrent/ForkJoinPool", "poolSubmit",
            "(ZLjava/util/concurrent/ForkJoinTask;)Ljava/util/concurrent/ForkJoinTask;",
            ExecutorAdvice.HandOverSecondArgument.class),
    /** A task forked, from a worker or from any other thread (parallel streams). */
    FORK("java/util/concurrent/ForkJoinTask", "fork", "()Ljava/util/concurrent/ForkJoinTask;",
            ExecutorAdvice.HandOverSelf.class),
    /** A fork-join task runs (its return type differs between versions). */
    FORK_JOIN_RUN("java/util/concurrent/ForkJoinTask", "doExec", null, ExecutorAdvice.RunTask.class);

    final String owner;
    private final String name;
    private final String descriptor;
    final Class<?> advice;

    ExecutorMethods(String owner, String name, String descriptor, Class<?> advice) {
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.advice = advice;
    }

    @Override
    public boolean matches(MethodDescription method) {
        if (!method.getInternalName().equals(name) || descriptor != null && !method.getDescriptor().equals(descriptor)) {
            return false;
        }
        // Java 25's public externalSubmit calls poolSubmit, which is woven already; Java 17's is private.
        return this != FORK_JOIN_SUBMIT_17 || method.isPrivate();
    }
}
