package ovc.run;

import ovc.run.runtime.RunEnvironment;

/**
 * Test code's way to run a {@link RunWriter} in a made-up environment (variables, clock, working
 * directory, streams): {@code RunWriter.Builder.environment} is package-private, because
 * {@code RunEnvironment} is internal and pipeline code must not see it.
 */
public final class TestWriters {

    private TestWriters() {}

    /** {@code builder}, set to start its run in {@code environment}. */
    public static RunWriter.Builder in(RunEnvironment environment, RunWriter.Builder builder) {
        return builder.environment(environment);
    }
}
