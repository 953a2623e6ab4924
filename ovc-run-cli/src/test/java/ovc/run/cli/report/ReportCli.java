package ovc.run.cli.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import ovc.run.cli.CliHost;
import ovc.run.cli.OvcRun;
import ovc.run.runtime.RunEnvironment;
import picocli.CommandLine;

/** Runs {@code ovc-run} in this JVM in {@code dir}, with only the variables a test sets. */
final class ReportCli {

    record Result(int code, String out, String err) {}

    final Path dir;
    final Map<String, String> env = new HashMap<>();

    ReportCli(Path dir) {
        this.dir = dir;
    }

    Result run(String... args) {
        RunEnvironment environment = new RunEnvironment(env, Map.of(), Clock.systemUTC(), dir,
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8));
        CommandLine cli = OvcRun.commandLine(new CliHost(environment, new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), false));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
