package ovc.run.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ovc.run.cli.read.DurationText;
import ovc.run.json.CanonicalJson;
import ovc.run.cli.read.EvidenceResolver;
import ovc.run.cli.read.FolderState;
import ovc.run.cli.read.NodeText;
import ovc.run.cli.read.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code ovc-run show}: one run, with every check's evidence resolved. */
@Command(name = "show",
        description = "Shows one run: status, trigger, git, env names, inputs, outputs, and each check with its"
                + " evidence resolved (the log line's text, the run.json value, the artifact's size).",
        mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {

    private static final int MAX_VALUE = 200;

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_ID|DIR", description = "A run_id under the reports folder, or a run folder.")
    String run;

    @Mixin
    ReportsOption reports = new ReportsOption();

    @Option(names = "--json", description = "Print run.json, the checks with resolved evidence, and the folder as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Path reportsDir = reports.folder(root);
        Path directory = reports.find(root, run);
        if (directory == null) {
            spec.commandLine().getErr().println("ovc-run show: no run folder '" + run + "' (not a path, nor a run_id under "
                    + reportsDir + ")");
            return 1;
        }
        RunFolder folder = RunFolder.read(directory);
        PrintWriter out = json ? spec.commandLine().getOut() : new TerminalWriter(spec.commandLine().getOut());
        if (json) {
            out.print(CanonicalJson.write(toJson(folder)));
        } else {
            print(folder, out);
        }
        out.flush();
        return folder.state() == FolderState.COMPLETE ? 0 : 1;
    }

    private static void print(RunFolder folder, PrintWriter out) {
        JsonNode run = folder.run();
        out.println("run       " + folder.runId());
        out.println("folder    " + folder.directory());
        out.println("status    " + folder.status());
        for (String reason : folder.stateReasons()) {
            out.println("why       " + reason);
        }
        if (folder.runJson().problem() != null) {
            out.println("run.json  " + folder.runJson().problem());
        }
        if (run != null) {
            out.println("pipeline  " + folder.pipelineId() + " " + orDash(folder.pipelineVersion()));
            out.println("started   " + orDash(RunFolder.text(run, "started_utc")) + "   finished "
                    + orDash(RunFolder.text(run, "finished_utc")) + "   duration " + orDash(DurationText.of(folder.durationMs())));
            JsonNode trigger = run.path("trigger");
            out.println("trigger   " + orDash(RunFolder.text(trigger, "type")) + " (" + orDash(RunFolder.text(trigger, "source"))
                    + ", " + orDash(RunFolder.text(trigger, "actor")) + ")");
            JsonNode git = run.path("git");
            out.println("git       " + orDash(RunFolder.text(git, "sha")) + " " + orDash(RunFolder.text(git, "ref")));
            out.println("env       present: " + names(run.path("env").path("present")) + "; missing: "
                    + names(run.path("env").path("missing")));
            out.println("inputs");
            list(out, run.path("inputs"));
            out.println("outputs");
            list(out, run.path("outputs"));
        }
        if (folder.checksJson().problem() != null) {
            out.println("checks    checks.json " + folder.checksJson().problem());
            return;
        }
        int[] counts = folder.statusCounts();
        out.println("checks    pass " + counts[0] + ", fail " + counts[1] + ", skip " + counts[2]);
        for (JsonNode check : folder.checkList()) {
            out.println("  [" + orDash(RunFolder.text(check, "status")) + "] " + orDash(RunFolder.text(check, "id"))
                    + "  " + orDash(RunFolder.text(check, "name")));
            for (JsonNode pointer : check.path("evidence")) {
                String evidence = NodeText.of(pointer);
                EvidenceResolver.Resolved resolved = EvidenceResolver.resolve(folder, evidence);
                out.println("      " + evidence + (resolved.found() ? " = " : " -> NOT FOUND: ") + clip(resolved.value()));
            }
        }
    }

    private static void list(PrintWriter out, JsonNode items) {
        if (!items.isArray() || items.isEmpty()) {
            out.println("  (none)");
            return;
        }
        for (JsonNode item : items) {
            StringBuilder line = new StringBuilder("  - ").append(orDash(RunFolder.text(item, "type"))).append(' ')
                    .append(orDash(RunFolder.text(item, "ref")));
            item.properties().forEach(field -> {
                if (!field.getKey().equals("type") && !field.getKey().equals("ref")) {
                    JsonNode value = field.getValue();
                    line.append("  ").append(field.getKey()).append('=').append(value.isString() ? value.stringValue() : value.toString());
                }
            });
            out.println(clip(line.toString()));
        }
    }

    private static Map<String, Object> toJson(RunFolder folder) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("folder", folder.directory().toString());
        tree.put("status", folder.status());
        tree.put("state", folder.state().word());
        tree.put("state_reasons", folder.stateReasons());
        tree.put("run", folder.run() == null ? null : RunFolderJson.plain(folder.run()));
        tree.put("run_json_problem", folder.runJson().problem());
        tree.put("checks_json_problem", folder.checksJson().problem());
        List<Object> checks = new ArrayList<>();
        for (JsonNode check : folder.checkList()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", RunFolder.text(check, "id"));
            entry.put("name", RunFolder.text(check, "name"));
            entry.put("status", RunFolder.text(check, "status"));
            List<Object> evidence = new ArrayList<>();
            for (JsonNode pointer : check.path("evidence")) {
                EvidenceResolver.Resolved resolved = EvidenceResolver.resolve(folder, NodeText.of(pointer));
                evidence.add(Map.of("ref", NodeText.of(pointer), "found", resolved.found(), "value", resolved.value()));
            }
            entry.put("evidence", evidence);
            checks.add(entry);
        }
        tree.put("checks", checks);
        return tree;
    }

    private static String names(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            return "-";
        }
        List<String> names = new ArrayList<>();
        list.forEach(name -> names.add(NodeText.of(name)));
        return String.join(", ", names);
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }

    private static String clip(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= MAX_VALUE ? flat : flat.substring(0, MAX_VALUE - 3) + "...";
    }
}
