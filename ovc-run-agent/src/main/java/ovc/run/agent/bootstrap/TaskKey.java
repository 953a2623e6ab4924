package ovc.run.agent.bootstrap;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/** A task as a key of {@link TaskContexts}: weakly held, equal only to keys of the same object. */
final class TaskKey extends WeakReference<Object> {

    private final int hash;

    TaskKey(Object task, ReferenceQueue<Object> collected) {
        super(task, collected);
        this.hash = System.identityHashCode(task);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        Object task = get();
        return task != null && other instanceof TaskKey && ((TaskKey) other).get() == task;
    }
}
