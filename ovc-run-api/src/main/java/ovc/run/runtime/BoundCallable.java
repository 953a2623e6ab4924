package ovc.run.runtime;

import java.util.concurrent.Callable;

/** A task that runs bound to what its creator's thread was bound to, a run or none ({@link RunBinding#wrap(Callable)}). */
final class BoundCallable<T> implements Callable<T> {

    private final ActiveRun run;
    private final Callable<T> task;

    BoundCallable(ActiveRun run, Callable<T> task) {
        this.run = run;
        this.task = task;
    }

    @Override
    public T call() throws Exception {
        ActiveRun previous = RunBinding.swap(run);
        try {
            return task.call();
        } finally {
            RunBinding.swap(previous);
        }
    }

    @Override
    public String toString() {
        return task + " in " + (run == null ? "no run" : run);
    }
}
