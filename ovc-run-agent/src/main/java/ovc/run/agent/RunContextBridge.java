package ovc.run.agent;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import ovc.run.runtime.ActiveRun;
import ovc.run.runtime.RunBinding;

/**
 * What the bootstrap-side {@code TaskContexts} calls to read and set a thread's run: the api's
 * {@link RunBinding}, behind JDK interfaces because a bootstrap class cannot name ours. The same
 * two calls {@code Run.wrap} makes, so pools carry a run the same way with and without the agent.
 */
enum RunContextBridge implements Supplier<Object>, UnaryOperator<Object>, BooleanSupplier {
    INSTANCE;

    // What a task handed over by a thread bound to no run carries while runs are active, so that it
    // runs bound to none, as that thread is: TaskContexts keeps no null and takes it for "nothing carried".
    private static final Object NO_RUN = new Object();

    @Override
    public Object get() {
        if (!RunBinding.anyActive()) {
            return null;
        }
        ActiveRun run = RunBinding.capture();
        return run != null ? run : NO_RUN;
    }

    @Override
    public Object apply(Object run) {
        return RunBinding.swap(run == NO_RUN ? null : (ActiveRun) run);
    }

    @Override
    public boolean getAsBoolean() {
        return RunBinding.anyActive();
    }
}
