package ovc.run.runtime;

/** A task that runs bound to what its creator's thread was bound to, a run or none ({@link RunBinding#wrap(Runnable)}). */
final class BoundRunnable implements Runnable {

    private final ActiveRun run;
    private final Runnable task;

    BoundRunnable(ActiveRun run, Runnable task) {
        this.run = run;
        this.task = task;
    }

    @Override
    public void run() {
        ActiveRun previous = RunBinding.swap(run);
        try {
            task.run();
        } finally {
            RunBinding.swap(previous);
        }
    }

    @Override
    public String toString() {
        return task + " in " + (run == null ? "no run" : run);
    }
}
