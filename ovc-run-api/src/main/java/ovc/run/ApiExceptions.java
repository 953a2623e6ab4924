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
