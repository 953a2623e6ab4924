package ovc.run.agent;

import java.lang.instrument.Instrumentation;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The bootstrap carrier ({@link BootstrapCarrier}) defined and connected to the runtime once, the
 * first time a woven executor class needs it: when the first run starts with a pool class already
 * loaded, or when a pool class first loads after that. Defining it costs a module redefinition,
 * three class definitions and reflection (measured: about a third of what the agent adds to a
 * small pipeline's repeat run), so a pipeline that never touches a pool never pays it.
 */
final class CarrierConnection {

    private final Instrumentation instrumentation;
    private boolean connecting;
    private Boolean connected;

    CarrierConnection(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    /**
     * Whether the carrier is connected, connecting it now if it is not yet; a failure is reported
     * once and leaves pools uninstrumented (work handed to them records into the only active run).
     */
    synchronized boolean ensureConnected() {
        if (connected != null) {
            return connected;
        }
        if (connecting) {
            // A pool class loaded while the carrier itself is being defined: it stays unwoven.
            return false;
        }
        connecting = true;
        try {
            Class<?> contexts = BootstrapCarrier.define(instrumentation);
            contexts.getMethod("connect", Supplier.class, UnaryOperator.class, BooleanSupplier.class)
                    .invoke(null, RunContextBridge.INSTANCE, RunContextBridge.INSTANCE, RunContextBridge.INSTANCE);
            connected = Boolean.TRUE;
        } catch (Throwable e) {
            connected = Boolean.FALSE;
            AgentLog.problem("work handed to executors is not carried into its run (" + AgentLog.describe(e)
                    + "); pooled threads record into the only active run, or use Run.wrap");
        } finally {
            connecting = false;
        }
        return connected;
    }
}
