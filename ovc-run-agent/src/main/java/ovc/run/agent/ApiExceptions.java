package ovc.run.agent;

import ovc.run.MissingEnvironmentException;
import ovc.run.RunRecordingException;
import ovc.run.runtime.RequiredEnvMissing;
import ovc.run.runtime.StrictRecordingFailure;

/**
 * The api's exceptions in place of the runtime's internal ones, for what a woven method throws
 * into pipeline code: the documented {@link MissingEnvironmentException} and
 * {@link RunRecordingException}, with the internal one's message, cause and stack trace. (The
 * api's facade does the same for its own calls; its helper is package-private to the api.)
 */
final class ApiExceptions {

    private ApiExceptions() {}

    /**
     * The api's exception for {@code thrown} when it is one of the runtime's refusals (a required
     * variable missing; in strict mode, a run that could not be recorded), {@code null} for
     * anything else: the one place woven code's exceptions are told apart, on entering a pipeline
     * and on leaving it.
     */
    static RuntimeException refusal(Throwable thrown) {
        if (thrown instanceof RequiredEnvMissing missing) {
            return of(missing);
        }
        if (thrown instanceof StrictRecordingFailure failure) {
            return of(failure);
        }
        return null;
    }

    /** {@code failure} as the api's {@link RunRecordingException}. */
    private static RunRecordingException of(StrictRecordingFailure failure) {
        RunRecordingException api = new RunRecordingException(failure.getMessage(), failure.getCause());
        api.setStackTrace(failure.getStackTrace());
        return api;
    }

    /** {@code refusal} as the api's {@link MissingEnvironmentException}. */
    private static MissingEnvironmentException of(RequiredEnvMissing refusal) {
        MissingEnvironmentException api = new MissingEnvironmentException(refusal.pipelineId(), refusal.missing(),
                refusal.runId());
        api.setStackTrace(refusal.getStackTrace());
        return api;
    }
}
