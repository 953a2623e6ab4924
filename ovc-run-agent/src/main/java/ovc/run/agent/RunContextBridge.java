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

    @Override
    public Object get() {
        return RunBinding.capture();
    }

    @Override
    public Object apply(Object run) {
        return RunBinding.swap((ActiveRun) run);
    }

    @Override
    public boolean getAsBoolean() {
        return RunBinding.anyActive();
    }
}
