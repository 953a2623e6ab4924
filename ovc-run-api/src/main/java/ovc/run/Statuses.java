package ovc.run;

import ovc.run.format.CheckState;
import ovc.run.format.RunState;

/**
 * The api's status enums and the runtime's internal twins, handed over by ordinal (the twins have
 * the same constants in the same order; {@code StatusesTest} keeps them so). Arrays held once,
 * because {@code values()} copies its array on every call and a check is recorded in a loop.
 */
final class Statuses {

    private static final CheckState[] CHECK_STATES = CheckState.values();
    private static final RunState[] RUN_STATES = RunState.values();
    private static final RunStatus[] RUN_STATUSES = RunStatus.values();

    private Statuses() {}

    /** The runtime's twin of {@code status}; {@code null} for {@code null}. */
    static CheckState internal(CheckStatus status) {
        return status == null ? null : CHECK_STATES[status.ordinal()];
    }

    /** The runtime's twin of {@code status}; {@code null} for {@code null}. */
    static RunState internal(RunStatus status) {
        return status == null ? null : RUN_STATES[status.ordinal()];
    }

    /** The api's twin of {@code state}; {@code null} for {@code null}. */
    static RunStatus api(RunState state) {
        return state == null ? null : RUN_STATUSES[state.ordinal()];
    }
}
