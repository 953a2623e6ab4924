package ovc.run.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ovc.run.json.CanonicalJson;
import ovc.run.cli.read.RunFolder;
import ovc.run.cli.read.RunFolders;
import ovc.run.cli.validate.FolderValidator;
import ovc.run.cli.validate.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ovc-run validate}: the contract schemas and the cross-file rules over run folders. */
@Command(name = "validate",
        description = {"Checks run folders against the v0.1 contract: the JSON Schemas of run.json and checks.json,"
                + " then the rules across files (run_id in folder name, run.json, checks.json and run.log line 1;"
                + " summary counts; duration against timestamps; every evidence resolves).",
                "Prints one line per problem, <run>/<file>: <what>; exits 1 when there is any."},
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR",
            description = "Run folders, run_ids or folders of runs (default: every run under the reports folder).")
    List<String> targets = new ArrayList<>();

    @Mixin
    ReportsOption reports = new ReportsOption();

    @Option(names = "--json", description = "Print {runs, problems: [{run, file, message}]} as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path reportsDir = reports.folder(root);
        if (targets.isEmpty() && !ReportsOption.existsOrSays(reportsDir, "validate", spec.commandLine().getErr())) {
            return 2;
        }
        List<Problem> problems = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (String target : targets) {
            Path found = reports.find(root, target);
            if (found == null) {
                problems.add(new Problem(target, "", "no such run folder (not a path, nor a run_id under " + reportsDir + ")"));
            } else if (RunFolders.isRunFolder(found)) {
                folders.add(found);
            } else {
                folders.addAll(RunFolders.list(found));
            }
        }
        if (targets.isEmpty()) {
            folders.addAll(RunFolders.list(reportsDir));
        }
        FolderValidator validator = new FolderValidator();
        // Folders are independent; the schemas are immutable, so every core can take a share.
        folders.parallelStream()
                .map(folder -> validator.validate(RunFolder.read(folder)))
                .toList()
                .forEach(problems::addAll);

        PrintWriter out = json ? spec.commandLine().getOut() : new TerminalWriter(spec.commandLine().getOut());
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("runs", folders.size());
            List<Object> list = new ArrayList<>();
            for (Problem problem : problems) {
                list.add(Map.of("run", problem.run(), "file", problem.file(), "message", problem.message()));
            }
            tree.put("problems", list);
            out.print(CanonicalJson.write(tree));
        } else {
            problems.forEach(out::println);
            long badRuns = problems.stream().map(Problem::run).distinct().count();
            String summary = folders.size() + " run" + (folders.size() == 1 ? "" : "s") + " checked, "
                    + (problems.isEmpty() ? "all valid" : problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                            + " in " + badRuns + " run" + (badRuns == 1 ? "" : "s"));
            spec.commandLine().getErr().println(summary);
            spec.commandLine().getErr().flush();
        }
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }
}
