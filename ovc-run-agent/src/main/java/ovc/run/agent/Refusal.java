package ovc.run.agent;

/**
 * What {@link AdviceBridge#enterPipeline} returns when the runtime refuses a call: the woven method
 * skips its body and throws {@link #exception()}, the documented outcome (missing environment,
 * strict mode). Public because woven code in any package names it.
 */
public final class Refusal {

    private final RuntimeException exception;

    Refusal(RuntimeException exception) {
        this.exception = exception;
    }

    /** The exception the caller gets. */
    public RuntimeException exception() {
        return exception;
    }
}
