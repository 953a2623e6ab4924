package ovc.run;

import ovc.run.runtime.RequiredEnvMissing;
import ovc.run.runtime.StrictRecordingFailure;

/**
 * The api's exceptions in place of the runtime's internal ones, at the boundary where control
 * returns to pipeline code: the same message, cause and stack trace, so a pipeline sees only the
 * documented {@link RunRecordingException} and {@link MissingEnvironmentException}.
 */
final class ApiExceptions {

    private ApiExceptions() {}

    /**
     * What pipeline code should see for {@code thrown}: the api's exception for one of the
     * runtime's, {@code thrown} itself otherwise. {@link RunWriter} catches {@code RuntimeException}
     * and hands it here rather than catching the internal types itself: the verifier loads every
     * caught type when it checks a method, so naming them there would load both on every run's
     * start although they are thrown only when a run is refused or fails in strict mode.
     */
    static RuntimeException translated(RuntimeException thrown) {
        if (thrown instanceof StrictRecordingFailure failure) {
            return of(failure);
        }
        if (thrown instanceof RequiredEnvMissing refusal) {
            return of(refusal);
        }
        return thrown;
    }

    /** {@code failure} as the api's {@link RunRecordingException}. */
    static RunRecordingException of(StrictRecordingFailure failure) {
        RunRecordingException api = new RunRecordingException(failure.getMessage(), failure.getCause());
        api.setStackTrace(failure.getStackTrace());
        return api;
    }

    /** {@code refusal} as the api's {@link MissingEnvironmentException}. */
    static MissingEnvironmentException of(RequiredEnvMissing refusal) {
        MissingEnvironmentException api = new MissingEnvironmentException(refusal.pipelineId(), refusal.missing(),
                refusal.runId());
        api.setStackTrace(refusal.getStackTrace());
        return api;
    }
}
