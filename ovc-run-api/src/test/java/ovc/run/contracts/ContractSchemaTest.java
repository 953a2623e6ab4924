package ovc.run.contracts;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
