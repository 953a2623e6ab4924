package ovc.run.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ovc.run.CheckStatus;
import ovc.run.RunWriter;
import ovc.run.TestWriters;
import ovc.run.runtime.RunEnvironment;

/**
 * The rules of the contract that JSON Schema cannot carry, each shown to fire on a copy of a
 * golden folder with that one rule broken; and every kind of folder the runtime writes obeys them.
 */
class ContractRulesTest {

    private static final String SUCCESS = "20260119T061512Z__P2-Backfill__a1b2c3d";
    private static final String PARTIAL = "20260119T080512Z__D-NotionSync__7f3e9c2";
    private static final String ARTIFACT = "20260119T091500Z__D-ValidationRange__5e8d41f";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void goldenRuns() {
        cli = new Cli(dir);
        Cli.copyGoldenRuns(cli.reports());
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("run_id differs from the folder", SUCCESS, "run.json",
                        "\"run_id\": \"20260119T061512Z", "\"run_id\": \"20260119T061513Z", "differs from the folder name"),
                Arguments.of("run.log line 1 is not RUN_ID=", SUCCESS, "run.log", "RUN_ID=", "RUN-ID=", "line 1 is 'RUN-ID="),
                Arguments.of("duration disagrees with the timestamps", SUCCESS, "run.json",
                        "\"duration_ms\": 148123", "\"duration_ms\": 1481", "duration_ms 1481 disagrees"),
                Arguments.of("summary miscounts the checks", SUCCESS, "checks.json",
                        "\"pass\": 3", "\"pass\": 2", "does not count the checks"),
                Arguments.of("failed check in a partial run", PARTIAL, "checks.json",
                        "\"status\": \"skip\"", "\"status\": \"fail\"", "status is partial but a check failed"),
                Arguments.of("run.json evidence at no value", SUCCESS, "checks.json",
                        "run.json:$.outputs[0]", "run.json:$.outputs[1]", "run.json:$.outputs[1].rows_written points at nothing"),
                Arguments.of("run.log evidence past the last line", SUCCESS, "checks.json",
                        "run.log:line:7", "run.log:line:70", "run.log:line:70 points at nothing"),
                Arguments.of("artifact evidence with no file", ARTIFACT, "checks.json",
                        "artifacts/validation_report.json", "artifacts/missing_report.json",
                        "artifacts/missing_report.json points at nothing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsReported(String rule, String run, String file, String from, String to, String expected)
            throws IOException {
        Path target = cli.reports().resolve(run).resolve(file);
        String text = Files.readString(target, UTF_8);
        assertThat(text).as("the golden folder still holds what this case breaks").contains(from);
        Files.writeString(target, text.replace(from, to), UTF_8);

        Cli.Result result = cli.run("validate", cli.reports().resolve(run).toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(run + "/").contains(expected);
    }

    @Test
    void everyKindOfRunTheRuntimeWritesObeysThem() throws IOException {
        RunEnvironment environment = new RunEnvironment(Map.of("HOST_TOKEN", "value-of-a-token", "USER", "t"), Map.of(),
                java.time.Clock.systemUTC(), dir, System.out, System.err);
        try (RunWriter run = TestWriters.in(environment, RunWriter.builder("Mixed-Run", "0.1.0").requiredEnv("HOST_TOKEN"))
                .start()) {
            run.input("csv", "data/in.csv");
            run.output("file", "out/report.json", null, null, Map.of("days", java.util.List.of(1, 2), "ok", true));
            Files.writeString(run.artifact("validation_report.json"), "{}");
            run.check("report_written", "Report written", CheckStatus.PASS, "artifacts/validation_report.json");
            run.check("late_data", "Late data could not be checked", CheckStatus.SKIP, "run.log:line:" + run.log("no feed"));
        }
        try {
            TestWriters.in(environment, RunWriter.builder("Missing-Env", "0.1.0").requiredEnv("NOT_SET_ANYWHERE|NOR_THIS"))
                    .start();
        } catch (ovc.run.MissingEnvironmentException expected) {
            // the folder is what is checked
        }
        try (RunWriter run = TestWriters.in(environment, RunWriter.builder("Crashing", "0.1.0")).start()) {
            run.fail(new IllegalStateException("boom"));
        }

        Cli.Result result = cli.run("validate");

        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("8 runs checked, all valid\n");
        assertThat(result.code()).isZero();
    }
}
