package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCaptureTest {

    @TempDir
    Path reports;

    private PrintStream realOut;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void useFakeConsole() {
        realOut = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(realOut);
    }

    @Test
    void whatARunPrintsLandsInItsRunLogAndOnTheConsole() throws IOException {
        ActiveRun run = start("all");
        System.out.println("fetched 3 candles");
        RunLifecycle.finish(run, null);
        System.out.println("after the run");

        List<String> log = Files.readAllLines(run.directory().resolve("run.log"));
        assertThat(log).filteredOn(line -> line.endsWith(" fetched 3 candles")).hasSize(1);
        assertThat(log).noneMatch(line -> line.contains("after the run"));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("fetched 3 candles\n", "after the run\n");
    }

    @Test
    void captureNoneLeavesTheConsoleAlone() throws IOException {
        PrintStream before = System.out;
        ActiveRun run = start("none");
        assertThat(System.out).isSameAs(before);
        System.out.println("not captured");
        RunLifecycle.finish(run, null);

        assertThat(Files.readString(run.directory().resolve("run.log"))).doesNotContain("not captured");
    }

    @Test
    void finishingTheLastCapturedRunPutsTheConsoleBack() {
        PrintStream before = System.out;
        ActiveRun run = start("all");
        assertThat(System.out).isNotSameAs(before);
        RunLifecycle.finish(run, null);
        assertThat(System.out).isSameAs(before);
    }

    private ActiveRun start(String capture) {
        RunEnvironment environment = new RunEnvironment(Map.of(), Map.of(), Clock.systemUTC(), reports,
                System.out, System.err);
        RunConfig config = RunConfig.resolve(Map.of("reports", reports.toString(), "capture", capture), environment);
        return RunLifecycle.start(PipelineSpec.of("Capture", "0.1.0"), config, environment);
    }
}
