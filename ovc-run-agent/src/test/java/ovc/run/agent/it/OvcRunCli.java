package ovc.run.agent.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import ovc.run.cli.CliHost;
import ovc.run.cli.OvcRun;
import picocli.CommandLine;

/** {@code ovc-run} in this JVM, as a person or a CI job would read the folders a fixture left. */
final class OvcRunCli {

    private OvcRunCli() {}

    /** One invocation: exit code and what it printed. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = OvcRun.commandLine(CliHost.system());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
