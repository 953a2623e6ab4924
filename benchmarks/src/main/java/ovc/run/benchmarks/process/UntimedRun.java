package ovc.run.benchmarks.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A command the harness runs outside any measurement (a check before measuring, an AOT cache's
 * training run), as the measured runs are started: in its folder, in the harness's environment,
 * stdin from {@code /dev/null}, stdout and stderr together.
 *
 * @param exitCode how the command exited
 * @param output what it wrote to stdout and stderr
 */
record UntimedRun(int exitCode, String output) {

    /** Runs {@code command} in {@code directory} with exactly {@code environment}, to its end. */
    static UntimedRun of(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path output = Files.createTempFile(directory, "untimed", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            int exit = builder.start().waitFor();
            return new UntimedRun(exit, Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
