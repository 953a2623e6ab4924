package ovc.run.contracts;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract in {@code contracts/} agrees with itself: every golden example folder passes the
 * schemas and the cross-file rules, and every file under {@code invalid/} is rejected.
 *
 * <p>The schemas come from the classpath, exactly as other modules get them; the example and
 * invalid files are read from disk. Surefire runs in the module directory, so the contracts folder
 * is {@code ../contracts}; the {@code ovc.run.contracts.dir} system property overrides that for
 * runs from elsewhere.
 */
class ContractSchemaTest {

    private static final Path CONTRACTS = Path.of(System.getProperty("ovc.run.contracts.dir", "../contracts"));
    private static final ContractValidator VALIDATOR = new ContractValidator();

    static Stream<Named<Path>> exampleFolders() {
        return list(CONTRACTS.resolve("examples")).stream()
                .filter(Files::isDirectory)
                .map(folder -> Named.of(folder.getFileName().toString(), folder));
    }

    static Stream<Named<Path>> invalidFiles() {
        return Stream.of("run", "checks")
                .flatMap(kind -> list(CONTRACTS.resolve("invalid").resolve(kind)).stream())
                .filter(file -> file.getFileName().toString().endsWith(".json"))
                .map(file -> Named.of(file.getParent().getFileName() + "/" + file.getFileName(), file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFolders")
    void exampleRunJsonMatchesTheRunSchema(Path folder) {
        assertThat(VALIDATOR.validateRun(folder.resolve("run.json"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFolders")
    void exampleChecksJsonMatchesTheChecksSchema(Path folder) {
        assertThat(VALIDATOR.validateChecks(folder.resolve("checks.json"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFolders")
    void exampleFolderKeepsTheCrossFileRules(Path folder) {
        assertThat(VALIDATOR.validateFolder(folder)).isEmpty();
    }

    /** The golden bytes are what the runtime's writer is compared with, so they must be canonical. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFolders")
    void exampleJsonIsAsciiEscapedAndEndsWithOneNewline(Path folder) throws IOException {
        for (String name : List.of("run.json", "checks.json")) {
            // Latin-1 maps each byte to one char, so any byte above 0x7F shows up as a char above 0x7F.
            String text = Files.readString(folder.resolve(name), ISO_8859_1);
            assertThat(text.chars()).as(name + " is ASCII only (non-ASCII escaped as \\uXXXX)").allMatch(c -> c < 0x80);
            assertThat(text).as(name).endsWith("}\n").doesNotContain("\r", "\t");
        }
    }

    static Stream<Arguments> brokenFolders() {
        String success = "20260119T061512Z__P2-Backfill__a1b2c3d";
        String partial = "20260119T080512Z__D-NotionSync__7f3e9c2";
        String artifact = "20260119T091500Z__D-ValidationRange__5e8d41f";
        return Stream.of(
                broken("run_id differs from the folder", success, "run.json",
                        "\"run_id\": \"20260119T061512Z", "\"run_id\": \"20260119T061513Z", "differs from run.json run_id"),
                broken("run.log line 1 is not RUN_ID=", success, "run.log", "RUN_ID=", "RUN-ID=", "run.log line 1"),
                broken("duration disagrees with the timestamps", success, "run.json",
                        "\"duration_ms\": 148123", "\"duration_ms\": 1481", "duration_ms 1481 disagrees"),
                broken("summary miscounts the checks", success, "checks.json",
                        "\"pass\": 3", "\"pass\": 2", "does not count the checks"),
                broken("failed check in a partial run", partial, "checks.json",
                        "\"status\": \"skip\"", "\"status\": \"fail\"", "a check failed but run status is partial"),
                broken("run.json evidence at no value", success, "checks.json",
                        "run.json:$.outputs[0]", "run.json:$.outputs[1]", "points at nothing"),
                broken("run.log evidence past the last line", success, "checks.json",
                        "run.log:line:7", "run.log:line:70", "points at nothing"),
                broken("artifact evidence with no file", artifact, "checks.json",
                        "artifacts/validation_report.json", "artifacts/missing_report.json", "points at nothing"));
    }

    /**
     * The cross-file rules are the part of the contract JSON Schema cannot carry, so each is shown
     * to fire on a copy of a golden folder with that one rule broken.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFolders")
    void folderRuleViolationIsReported(String rule, String example, String file, String from, String to,
            String expectedMessage, @TempDir Path tmp) throws IOException {
        Path folder = copyFolder(CONTRACTS.resolve("examples").resolve(example), tmp);
        Path target = folder.resolve(file);
        String text = Files.readString(target, UTF_8);
        assertThat(text).as("the example still contains what this case breaks").contains(from);
        Files.writeString(target, text.replace(from, to), UTF_8);

        assertThat(VALIDATOR.validateFolder(folder)).anySatisfy(message -> assertThat(message).contains(expectedMessage));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void invalidFileIsRejected(Path file) {
        // The parent folder says which schema the file claims to satisfy.
        boolean isRun = file.getParent().getFileName().toString().equals("run");
        List<String> messages = isRun ? VALIDATOR.validateRun(file) : VALIDATOR.validateChecks(file);

        assertThat(messages).as("%s must break a rule of the contract", file).isNotEmpty();
    }

    @Test
    void contractFolderHasExamplesAndInvalidFilesForBothSchemas() {
        assertThat(exampleFolders()).isNotEmpty();
        assertThat(list(CONTRACTS.resolve("invalid/run"))).isNotEmpty();
        assertThat(list(CONTRACTS.resolve("invalid/checks"))).isNotEmpty();
    }

    private static Arguments broken(String rule, String example, String file, String from, String to,
            String expectedMessage) {
        return Arguments.of(rule, example, file, from, to, expectedMessage);
    }

    private static Path copyFolder(Path source, Path parent) throws IOException {
        Path target = parent.resolve(source.getFileName().toString());
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Files.copy(path, target.resolve(source.relativize(path).toString()));
            }
        }
        return target;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir.toAbsolutePath() + " not found: run the tests from the ovc-run-api"
                    + " module directory or set -Dovc.run.contracts.dir=<repo>/contracts");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
