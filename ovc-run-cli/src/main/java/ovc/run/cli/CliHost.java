package ovc.run.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import ovc.run.runtime.RunEnvironment;

/**
 * The process the commands run in: the runtime's environment (variables, clock, working directory,
 * where {@code RUN_ID=} goes) and the raw byte streams a wrapped command's output passes through to.
 * Tests build their own; {@link #system()} is the real process.
 *
 * @param environment what runs read: variables, properties, clock, working directory, out and err
 * @param stdout where a wrapped command's stdout bytes go, unchanged
 * @param stderr where a wrapped command's stderr bytes go, unchanged
 * @param ownsProcess whether this is the {@code ovc-run} process itself, which may install signal
 *     handlers and shutdown hooks (never true inside a test JVM)
 */
public record CliHost(RunEnvironment environment, OutputStream stdout, OutputStream stderr, boolean ownsProcess) {

    /** This JVM, as {@code ovc-run} run from a shell. */
    public static CliHost system() {
        // Raw descriptors: a child's output must not go through System.out's encoder or its lock,
        // nor through a capture the runtime may install on System.out.
        return new CliHost(RunEnvironment.system(), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), true);
    }
}
