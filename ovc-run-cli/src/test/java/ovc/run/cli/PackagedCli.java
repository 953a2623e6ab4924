package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as a user runs it: {@code java -jar ovc-run-cli.jar ...} in its own JVM. */
final class PackagedCli {

    static final Path JAR = Path.of(System.getProperty("ovc.run.cli.jar",
            "target/ovc-run-cli-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private PackagedCli() {}

    /** {@code java -jar JAR args...} in {@code dir}, outside GitHub Actions, stderr to {@code dir/stderr.txt}. */
    static ProcessBuilder ovcRun(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("GITHUB_ACTIONS");
        builder.redirectError(dir.resolve("stderr.txt").toFile());
        return builder;
    }

    /** Runs {@code builder} with its stdout discarded and returns its exit code. */
    static int exit(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    /** The only run folder under {@code dir/reports/runs}. */
    static Path onlyRun(Path dir) throws IOException {
        try (var runs = Files.list(dir.resolve("reports/runs"))) {
            List<Path> all = runs.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
