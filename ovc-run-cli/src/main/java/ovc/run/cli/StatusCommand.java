package ovc.run.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import ovc.run.json.CanonicalJson;
import ovc.run.artifact.UtcTimestamps;
import ovc.run.cli.catalog.CatalogEntry;
import ovc.run.cli.catalog.CatalogReader;
import ovc.run.cli.read.FolderState;
import ovc.run.cli.read.RunFolder;
import ovc.run.cli.read.RunFolders;
import ovc.run.cli.report.PipelineHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ovc-run status}: the health of every pipeline, from its latest run. */
@Command(name = "status",
        description = {"Shows the latest finished run of each pipeline (known from the runs, and from catalogs with"
                + " --classpath): its age, status and failing checks. A pipeline is 'failing' when that run failed,"
                + " 'stale' when it is older than --stale-days or there is none; incomplete or damaged folders"
                + " (see ls) newer than it are counted in INCOMPLETE and never taken for its latest run.",
                "Exits 1 when any pipeline is failing or stale, for cron health checks."},
        mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {

    /** A pipeline whose latest run succeeded recently. */
    static final String OK = PipelineHealth.OK;
    /** A pipeline whose latest run was partial, recently. */
    static final String PARTIAL = PipelineHealth.PARTIAL;
    /** A pipeline whose latest run failed. */
    static final String FAILING = PipelineHealth.FAILING;
    /** A pipeline with no finished run, or one older than --stale-days. */
    static final String STALE = PipelineHealth.STALE;

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Mixin
    ReportsOption reports = new ReportsOption();

    @Option(names = "--stale-days", paramLabel = "N", defaultValue = "2",
            description = "A latest run older than N days is stale (default: ${DEFAULT-VALUE}).")
    double staleDays;

    @Option(names = {"--classpath", "-cp"}, paramLabel = "CP",
            description = "Also list the pipelines declared on this class path, even those that never ran.")
    String classPath;

    @Option(names = "--json", description = "Print {pipelines, observed, stale, failing} as JSON.")
    boolean json;

    @Option(names = "--markdown", description = "Print a Markdown health summary.")
    boolean markdown;

    @Option(names = "--now", hidden = true, description = "The current time, for tests.")
    Instant now;

    /** One pipeline's health. */
    record Health(String pipeline, RunFolder latest, int incomplete, String state, Double ageDays) {}

    @Override
    public Integer call() throws IOException {
        Path reportsDir = reports.folder(root);
        // With a catalog, a missing folder means nothing ran: every pipeline shows stale (exit 1) anyway.
        if (classPath == null && !ReportsOption.existsOrSays(reportsDir, "status", spec.commandLine().getErr())) {
            return 2;
        }
        Instant at = now != null ? now : root.host().environment().clock().instant();
        Map<String, List<RunFolder>> byPipeline = new TreeMap<>();
        for (RunFolder run : RunFolders.list(reportsDir).parallelStream().map(RunFolder::read).toList()) {
            byPipeline.computeIfAbsent(run.pipelineId(), id -> new ArrayList<>()).add(run);
        }
        List<String> problems = new ArrayList<>();
        if (classPath != null) {
            CatalogReader.Result catalog = CatalogReader.read(CatalogCommand.elements(root, classPath, List.of()));
            for (CatalogEntry entry : catalog.pipelines()) {
                byPipeline.computeIfAbsent(entry.id(), id -> new ArrayList<>());
            }
            problems.addAll(catalog.problems());
        }
        List<Health> health = new ArrayList<>();
        byPipeline.forEach((pipeline, runs) -> health.add(health(pipeline, runs, at)));

        PrintWriter out = json ? spec.commandLine().getOut() : new TerminalWriter(spec.commandLine().getOut());
        if (json) {
            out.print(CanonicalJson.write(toJson(health, at)));
        } else if (markdown) {
            printMarkdown(out, health, at);
        } else if (health.isEmpty()) {
            out.println("no runs under " + reportsDir);
        } else {
            Table table = new Table("PIPELINE", "STATE", "STATUS", "AGE", "LATEST_RUN", "FAILING_CHECKS", "INCOMPLETE");
            for (Health h : health) {
                table.row(h.pipeline(), h.state(), h.latest() == null ? null : h.latest().status(), age(h.ageDays()),
                        h.latest() == null ? null : h.latest().name(),
                        h.latest() == null || h.latest().failedChecks().isEmpty() ? null
                                : String.join(",", h.latest().failedChecks()),
                        h.incomplete() == 0 ? null : h.incomplete());
            }
            table.print(out);
        }
        out.flush();
        problems.forEach(problem -> spec.commandLine().getErr().println("ovc-run status: " + problem));
        spec.commandLine().getErr().flush();
        return health.stream().allMatch(h -> h.state().equals(OK) || h.state().equals(PARTIAL)) ? 0 : 1;
    }

    private Health health(String pipeline, List<RunFolder> runs, Instant at) {
        runs.sort(RunFolders.NEWEST_FIRST);
        RunFolder latest = null;
        int incomplete = 0;
        for (RunFolder run : runs) {
            if (run.state() != FolderState.COMPLETE) {
                incomplete++;
            } else {
                latest = run;
                break;
            }
        }
        if (latest == null) {
            return new Health(pipeline, null, incomplete, STALE, null);
        }
        Instant when = latest.finished() != null ? latest.finished() : latest.started();
        Double age = PipelineHealth.ageDays(when, at);
        String state = PipelineHealth.state(latest.status(), age, staleDays);
        return new Health(pipeline, latest, incomplete, state, age);
    }

    private Map<String, Object> toJson(List<Health> health, Instant at) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("generated_utc", UtcTimestamps.seconds(at));
        tree.put("stale_days", staleDays);
        tree.put("observed", health.stream().filter(h -> h.latest() != null).count());
        tree.put("stale", health.stream().filter(h -> h.state().equals(STALE)).count());
        tree.put("failing", health.stream().filter(h -> h.state().equals(FAILING)).count());
        List<Object> list = new ArrayList<>();
        for (Health h : health) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("pipeline_id", h.pipeline());
            entry.put("state", h.state());
            entry.put("incomplete_runs", h.incomplete());
            entry.put("age_days", h.ageDays() == null ? null : Math.round(h.ageDays() * 100) / 100.0);
            entry.put("latest", h.latest() == null ? null : LsCommand.toJson(h.latest()));
            list.add(entry);
        }
        tree.put("pipelines", list);
        return tree;
    }

    private void printMarkdown(PrintWriter out, List<Health> health, Instant at) {
        long stale = health.stream().filter(h -> h.state().equals(STALE)).count();
        long failing = health.stream().filter(h -> h.state().equals(FAILING)).count();
        out.println("## Pipeline health, " + UtcTimestamps.seconds(at));
        out.println();
        out.println(health.size() + " pipelines: " + health.stream().filter(h -> h.latest() != null).count()
                + " observed, " + stale + " stale (older than " + age(staleDays) + "), " + failing + " failing.");
        out.println();
        out.println("| pipeline | state | status | age | latest run | failing checks |");
        out.println("|---|---|---|---|---|---|");
        for (Health h : health) {
            out.println("| " + h.pipeline() + " | " + h.state() + " | " + (h.latest() == null ? "-" : h.latest().status())
                    + " | " + (h.ageDays() == null ? "-" : age(h.ageDays())) + " | "
                    + (h.latest() == null ? "-" : "`" + h.latest().name() + "`") + " | "
                    + (h.latest() == null || h.latest().failedChecks().isEmpty() ? "-"
                            : String.join(", ", h.latest().failedChecks())) + " |");
        }
    }

    private static String age(Double days) {
        return days == null ? null : String.format(Locale.ROOT, "%.1f d", days);
    }
}
