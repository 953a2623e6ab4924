package ovc.run.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import ovc.run.runtime.RunConfig;
import ovc.run.runtime.RunEnvironment;
import ovc.run.runtime.Setting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ovc-run}: wrap any command in a recorded run, and read, check and seal run folders. */
@Command(name = "ovc-run",
        mixinStandardHelpOptions = true,
        versionProvider = OvcRun.Version.class,
        description = "Wraps any command in an audited run and reads, checks and seals run folders"
                + " (reports/runs/<run_id>/{run.json,checks.json,run.log}, format v0.1).")
public final class OvcRun implements Runnable {

    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private final CliHost host;

    @Spec
    CommandSpec spec;

    /** The command line of this process. */
    public OvcRun() {
        this(CliHost.system());
    }

    /** A command line over another host (tests, embedding). */
    public OvcRun(CliHost host) {
        this.host = host;
    }

    /** Runs {@code ovc-run} and exits with its code. */
    public static void main(String[] args) {
        // The schema validator logs through SLF4J, which would warn on stderr that it has no backend.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(commandLine(CliHost.system(), args.length == 0 ? null : args[0]).execute(args));
    }

    /** The configured command line over {@code host}: usage errors exit 2, failures print one line and exit 1. */
    public static CommandLine commandLine(CliHost host) {
        return commandLine(host, null);
    }

    /**
     * The command line, with only the subcommand {@code first} names when it names one: picocli
     * reflects over every registered command at start-up, and {@code exec} pays for that on every
     * wrapped command.
     */
    static CommandLine commandLine(CliHost host, String first) {
        CommandLine cli = new CommandLine(new OvcRun(host));
        boolean one = first != null && COMMANDS.containsKey(first);
        COMMANDS.forEach((name, command) -> {
            if (!one || name.equals(first)) {
                cli.addSubcommand(name, command.get());
            }
        });
        if (!one) {
            cli.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("ovc-run " + commandLine.getCommandName() + ": " + describe(error));
            RunEnvironment environment = host.environment();
            if ("true".equalsIgnoreCase(Setting.DEBUG.raw(Map.of(), environment.properties(), environment.env()))) {
                error.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("exec", ExecCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("ls", LsCommand::new);
        commands.put("show", ShowCommand::new);
        commands.put("status", StatusCommand::new);
        commands.put("seal", SealCommand::new);
        commands.put("verify", VerifyCommand::new);
        commands.put("catalog", CatalogCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("export", ExportCommand::new);
        return commands;
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }

    /** The process the commands run in. */
    CliHost host() {
        return host;
    }

    /** The reports folder the runtime would use here: {@code -Dovc.run.reports}, {@code OVC_RUN_REPORTS} or reports/runs. */
    Path defaultReports() {
        return RunConfig.resolve(host.environment()).reportsDirectory();
    }

    /** Resolves a path given on the command line against the host's working directory. */
    Path resolve(Path path) {
        return host.environment().workingDirectory().resolve(path).normalize();
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = OvcRun.class.getPackage().getImplementationVersion();
            return new String[] {"ovc-run " + (version == null ? "(development build)" : version)
                    + ", run artifact format v0.1, Java " + System.getProperty("java.version")};
        }
    }
}
