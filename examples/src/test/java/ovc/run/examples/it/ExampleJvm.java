package ovc.run.examples.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The examples jar in a forked JVM under the packaged agent, as the README runs it:
 * {@code java -javaagent:ovc-run-agent.jar -jar ovc-run-examples.jar PIPELINE...}, in its own
 * working directory, with only the variables a test gives it.
 */
final class ExampleJvm {

    private static final Path AGENT_JAR = Path.of(System.getProperty("ovc.agent.jar"));
    private static final Path EXAMPLES_JAR = Path.of(System.getProperty("ovc.examples.jar"));
    private static final Path CACHE = Path.of(System.getProperty("ovc.woven.cache"));
    private static final Path CLI_JAR = Path.of(System.getProperty("ovc.cli.jar"));

    /** How the program ended. */
    record Result(int exitCode, String stdout, String stderr) {}

    private final Path workingDirectory;
    private final Map<String, String> env = new HashMap<>();

    ExampleJvm(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    ExampleJvm env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** {@code java -javaagent:<agent> -jar <examples jar> PIPELINE...}. */
    Result run(String... pipelinesAndOptions) {
        List<String> command = new ArrayList<>(List.of(java(), "-javaagent:" + AGENT_JAR + "=cache=" + CACHE, "-jar",
                EXAMPLES_JAR.toString()));
        command.addAll(List.of(pipelinesAndOptions));
        return execute(command);
    }

    /** {@code java -jar <ovc-run-cli jar> ARGS...}: the command line users run as {@code ovc-run}. */
    Result cli(String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", CLI_JAR.toString()));
        command.addAll(List.of(args));
        return execute(command);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Result execute(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        // Only what the test sets: no database, token or ovc-run setting leaks in from the build.
        builder.environment().keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME"));
        builder.environment().putAll(env);
        try {
            Path out = Files.createTempFile(workingDirectory, "stdout", ".txt");
            Path err = Files.createTempFile(workingDirectory, "stderr", ".txt");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("examples jar did not end within 120 s: " + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
