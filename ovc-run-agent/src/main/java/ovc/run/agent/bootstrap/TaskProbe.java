package ovc.run.agent.bootstrap;

/**
 * Looks a task up in {@link TaskContexts} without the cost of a weak reference: equal to the
 * {@link TaskKey} of the same object ({@code ConcurrentHashMap} asks the probe, not the stored key).
 */
final class TaskProbe {

    private final Object task;

    TaskProbe(Object task) {
        this.task = task;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(task);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskKey && ((TaskKey) other).get() == task;
    }
}
