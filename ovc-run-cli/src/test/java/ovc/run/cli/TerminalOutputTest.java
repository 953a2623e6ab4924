package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text read from a run folder reaches the terminal with its control characters escaped. */
class TerminalOutputTest {

    private static final String RUN = "20260119T091500Z__D-ValidationRange__5e8d41f";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void hostileCheckName() throws IOException {
        cli = new Cli(dir);
        Cli.copyGoldenRuns(cli.reports());
        Path checks = cli.reports().resolve(RUN).resolve("checks.json");
        Files.writeString(checks, Files.readString(checks).replace("Donn\\u00e9es valid\\u00e9es",
                "\\u001b[2J\\u001b[31mred\\rover\\u009b1m\\u202eevil"));
    }

    @Test
    void showEscapesAnsiCarriageReturnsAndC1Controls() {
        Cli.Result show = cli.run("show", RUN);

        assertThat(show.out()).contains("\\x1B[2J\\x1B[31mred\\x0Dover\\u009B1m\\u202Eevil")
                .doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u009b").doesNotContain("\u202e");
    }

    @Test
    void lsAndStatusTablesEscapeControlsToo() throws IOException {
        Path runJson = cli.reports().resolve(RUN).resolve("run.json");
        Files.writeString(runJson, Files.readString(runJson).replace("\"pipeline_version\": \"", "\"pipeline_version\": \"\\u001b[1m"));

        assertThat(cli.run("show", RUN).out()).contains("\\x1B[1m").doesNotContain("\u001b");
        assertThat(cli.run("ls").out()).doesNotContain("\u001b");
        assertThat(cli.run("status", "--stale-days", "100000").out()).doesNotContain("\u001b");
    }

    @Test
    void escapeLeavesPrintableTextAlone() {
        assertThat(TerminalWriter.escape("Données validées — ok")).isEqualTo("Données validées — ok");
        assertThat(TerminalWriter.escape("a\tb\u007fc")).isEqualTo("a\\x09b\\x7Fc");
    }
}
