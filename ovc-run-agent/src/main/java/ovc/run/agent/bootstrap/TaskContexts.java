package ovc.run.agent.bootstrap;

import java.lang.ref.ReferenceQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The run each task handed to an executor carries, from the hand-over to the moment a pool thread
 * runs it. Advice woven into {@code java.util.concurrent} calls this class, so it is defined in the
 * bootstrap class loader (with {@link TaskKey} and {@link TaskProbe}): code inlined into a JDK class
 * can name only bootstrap classes. It therefore knows no run type: a run is an {@code Object}, and
 * the agent connects the three JDK-typed functions that read and set a thread's run.
 *
 * <p>A retransformed JDK class cannot gain a field, so the run is kept beside the task in a map
 * keyed weakly by the task's identity: a task that never runs (cancelled, rejected) leaves nothing
 * behind once it is collected. Outside a run, every method returns after one call that reads one
 * volatile field, and allocates nothing.
 *
 * <p>Public only for the woven JDK classes; not an API.
 */
public final class TaskContexts {

    // Returned by enter when nothing was bound, so that leave leaves the thread as it is.
    private static final Object UNCHANGED = new Object();
    private static final ConcurrentHashMap<Object, Object> RUNS = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> COLLECTED = new ReferenceQueue<>();

    private static volatile Supplier<Object> capture;
    private static volatile UnaryOperator<Object> swap;
    private static volatile BooleanSupplier anyActive;

    private TaskContexts() {}

    /**
     * Connects the agent: {@code capture} gives what a task handed over by the current thread
     * carries (its run, a marker for none, or {@code null}: nothing to carry, outside a run),
     * {@code swap} binds the current thread to what a task carried and returns what it replaced,
     * {@code anyActive} tells whether any run is active.
     */
    public static void connect(Supplier<Object> capture, UnaryOperator<Object> swap, BooleanSupplier anyActive) {
        TaskContexts.swap = swap;
        TaskContexts.anyActive = anyActive;
        TaskContexts.capture = capture;
    }

    /** {@code task} is being handed to another thread: it carries the current thread's run. */
    public static void handOver(Object task) {
        Supplier<Object> current = capture;
        if (current == null || task == null) {
            return;
        }
        Object run = current.get();
        if (run != null) {
            expungeCollected();
            RUNS.put(new TaskKey(task, COLLECTED), run);
        }
    }

    /**
     * A thread is about to run {@code task}: binds it to the task's run, if the task carries one.
     *
     * @return what to hand to {@link #leave} when the task is done
     */
    public static Object enter(Object task) {
        Object run = carried(task);
        return run == null ? UNCHANGED : swap.apply(run);
    }

    /** The task that {@link #enter} was given is done: the thread is bound as before it. */
    public static void leave(Object entered) {
        if (entered != UNCHANGED) {
            swap.apply(entered);
        }
    }

    /**
     * A pool thread takes {@code task} as its next one: it is bound to the task's run until the
     * next, or to none when the task carries none (a pool thread has no run of its own between tasks).
     */
    public static void next(Object task) {
        BooleanSupplier active = anyActive;
        if (active != null && task != null && active.getAsBoolean()) {
            swap.apply(carried(task));
        }
    }

    /**
     * A pool thread is about to run {@code task}: binds it to the task's run if {@link #next} did
     * not already take it (a worker that was waiting in the uninstrumented {@code getTask} when the
     * instrumentation arrived, or a worker's first task, which it gets without asking).
     */
    public static void adopt(Object task) {
        Object run = carried(task);
        if (run != null) {
            swap.apply(run);
        }
    }

    /** The run {@code task} carries, removed from the map; {@code null} outside a run or when it carries none. */
    private static Object carried(Object task) {
        BooleanSupplier active = anyActive;
        // Outside a run which run a thread is bound to does not matter, and nothing is looked up.
        if (active == null || task == null || !active.getAsBoolean() || RUNS.isEmpty()) {
            return null;
        }
        return RUNS.remove(new TaskProbe(task));
    }

    private static void expungeCollected() {
        for (Object key = COLLECTED.poll(); key != null; key = COLLECTED.poll()) {
            RUNS.remove(key);
        }
    }
}
