package ovc.run.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ovc.run.artifact.Identifiers;
import ovc.run.artifact.RunFacts;
import ovc.run.cli.exec.CommandRunner;
import ovc.run.cli.exec.ExecMask;
import ovc.run.cli.exec.Utf8Environment;
import ovc.run.runtime.ActiveRun;
import ovc.run.runtime.PipelineSpec;
import ovc.run.runtime.RequiredEnvMissing;
import ovc.run.runtime.RunConfig;
import ovc.run.runtime.RunEnvironment;
import ovc.run.runtime.RunLifecycle;
import ovc.run.runtime.StrictRecordingFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ovc-run exec}: runs any command inside a recorded run. */
@Command(name = "exec",
        description = {"Runs COMMAND inside a recorded run: reports/runs/<run_id>/ gets run.json, checks.json and"
                + " run.log with the command's stdout and stderr (which also pass through unchanged).",
                "The command gets OVC_RUN_ID and OVC_RUN_DIR; it may append checks as JSON lines"
                + " {\"id\",\"name\",\"status\",\"evidence\":[...]} to $OVC_RUN_DIR/checks.jsonl.",
                "Exits with the command's code (with --exit-code=run: 1 instead of 0 when the run is recorded"
                + " failed); 127 when it cannot be started; 1 when a required variable is missing (the command"
                + " is not started); 128+N when ovc-run receives signal N."},
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class ExecCommand implements Callable<Integer> {

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Option(names = "--pipeline-id", required = true, paramLabel = "ID",
            description = "The pipeline's id: letters, digits and '-' (part of the run_id).")
    String pipelineId;

    @Option(names = "--pipeline-version", paramLabel = "VERSION", defaultValue = "0.1.0",
            description = "Its semantic version (default: ${DEFAULT-VALUE}).")
    String pipelineVersion;

    @Option(names = "--required-env", paramLabel = "NAME[|NAME...]",
            description = "A variable the command cannot do without; A|B means either. Repeatable.")
    List<String> requiredEnv = new ArrayList<>();

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Folder of run folders (default: OVC_RUN_REPORTS or reports/runs).")
    Path reports;

    @Option(names = "--trigger", paramLabel = "TYPE",
            description = "github_schedule, github_dispatch, local_cli, worker_http or worker_cron (default: detected).")
    String trigger;

    @Option(names = "--trigger-source", paramLabel = "TEXT", description = "The trigger's source (default: detected).")
    String triggerSource;

    @Option(names = "--trigger-actor", paramLabel = "TEXT", description = "Who triggered it (default: detected).")
    String triggerActor;

    @Option(names = "--input", paramLabel = "TYPE=REF", description = "An input of the run, e.g. csv=data/in.csv. Repeatable.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "TYPE=REF",
            description = "An output of the run, e.g. neon_table=ovc.blocks. Repeatable.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--seal",
            description = "Seal the run folder as the run finishes: manifest.json, MANIFEST.sha256 (also OVC_RUN_SEAL=true).")
    boolean seal;

    @Option(names = "--exit-code", paramLabel = "command|run", defaultValue = "command",
            converter = ExitCodeSource.Converter.class,
            description = "command (default): exit with the command's code. run: the same, but 1 when the command"
                    + " exited 0 and the run is recorded failed (a check failed), so a CI step goes red.")
    ExitCodeSource exitCodeSource;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments, after --.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() {
        CliHost host = root.host();
        RunEnvironment environment = host.environment();
        PipelineSpec pipeline = spec();
        List<String[]> inputPairs = pairs("--input", inputs);
        List<String[]> outputPairs = pairs("--output", outputs);
        PrintStream err = environment.err();
        // The run reads the variables as UTF-8 (secrets as the command prints them); the command gets
        // this process's own, untouched.
        RunEnvironment runEnvironment = host.ownsProcess()
                ? environment.withEnv(Utf8Environment.of(environment.env())) : environment;

        ActiveRun run;
        try {
            run = RunLifecycle.start(pipeline, RunConfig.resolve(overrides(), runEnvironment), runEnvironment);
        } catch (RequiredEnvMissing e) {
            err.println("ovc-run exec: " + e.getMessage() + " The command was not started.");
            return 1;
        } catch (StrictRecordingFailure e) {
            err.println("ovc-run exec: " + e.getMessage() + "; the command was not started.");
            return 1;
        }
        int exitCode;
        ExecMask mask = ExecMask.of(run, command);
        try {
            run.recordInput("command", mask.commandText(command), null);
            inputPairs.forEach(pair -> run.recordInput(pair[0], pair[1], null));
            run.recordOutput("artifact", folderRef(environment.workingDirectory(), run.directory()), null, null, null);
            outputPairs.forEach(pair -> run.recordOutput(pair[0], pair[1], null, null, null));
            environment.out().flush();
            exitCode = CommandRunner.run(run, new CommandRunner.Settings(command, environment.workingDirectory(),
                    environment.env(), host.stdout(), host.stderr(), err, host.ownsProcess(), mask));
        } catch (RuntimeException | Error e) {
            RunLifecycle.finish(run, e);
            throw e;
        }
        RunFacts facts = RunLifecycle.finish(run, null);
        err.flush();
        return exitCodeSource.exitCode(exitCode, facts == null ? null : facts.status());
    }

    private PipelineSpec spec() {
        try {
            return new PipelineSpec(pipelineId, pipelineVersion, requiredEnv);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>();
        if (reports != null) {
            overrides.put("reports", root.resolve(reports).toString());
        }
        putIfSet(overrides, "trigger", trigger);
        putIfSet(overrides, "trigger.source", triggerSource);
        putIfSet(overrides, "trigger.actor", triggerActor);
        if (seal) {
            overrides.put("seal", "true");
        }
        // The command's output reaches run.log through the pumps; capturing the wrapper's own
        // stdout as well would write every line twice.
        overrides.put("capture", "none");
        return overrides;
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private List<String[]> pairs(String option, List<String> values) {
        List<String[]> pairs = new ArrayList<>();
        for (String value : values) {
            int equals = value.indexOf('=');
            String type = equals < 0 ? "" : value.substring(0, equals);
            String ref = equals < 0 ? "" : value.substring(equals + 1);
            if (!Identifiers.isSnakeCase(type) || ref.isEmpty()) {
                throw new ParameterException(spec.commandLine(), option + " '" + value
                        + "' must be TYPE=REF with a snake_case TYPE, e.g. " + option + " neon_table=ovc.blocks");
            }
            pairs.add(new String[] {type, ref});
        }
        return pairs;
    }

    /** The run folder as the output's ref: relative to the working directory when inside it. */
    static String folderRef(Path workingDirectory, Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
