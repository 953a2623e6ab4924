package ovc.run.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import ovc.run.cli.report.Report;
import ovc.run.cli.report.ReportSettings;
import ovc.run.cli.report.StepSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ovc-run report}: the runs as a static site a person opens from disk or a CI artifact. */
@Command(name = "report",
        description = {"Writes a self-contained static site of the runs: <out>/index.html (one row per pipeline:"
                + " health as 'ovc-run status' gives it, latest run, failing and flaky checks, the last runs drawn)"
                + " and one page per run (its checks with their evidence, its whole run.log). Links are relative,"
                + " nothing is loaded from the network, and the same folders give the same bytes.",
                "Ages are measured to the newest run read unless --as-of is given."},
        mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "A folder of run folders; repeat it to merge folders from several CI jobs or machines"
                    + " (a run found under several, with the same run.json and checks.json, is read once)"
                    + " (default: -Dovc.run.reports, OVC_RUN_REPORTS or reports/runs).")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--stale-days", paramLabel = "N", defaultValue = "2",
            description = "A latest run older than N days is stale, as in 'ovc-run status' (default: ${DEFAULT-VALUE}).")
    double staleDays;

    @Option(names = "--history", paramLabel = "N", defaultValue = "30",
            description = "How many of each pipeline's newest runs the overview draws and checks for flaky checks"
                    + " (default: ${DEFAULT-VALUE}).")
    int history;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "ovc-run report",
            description = "The overview's heading (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--as-of", paramLabel = "TIME",
            description = "Measure ages to TIME (2026-01-21T00:00:00Z, or 'now') instead of to the newest run read.")
    String asOf;

    @Override
    public Integer call() throws IOException {
        if (history < 1) {
            throw new ParameterException(spec.commandLine(), "--history " + history + " must be at least 1");
        }
        if (!(staleDays >= 0)) {
            throw new ParameterException(spec.commandLine(), "--stale-days " + staleDays + " must be 0 or more");
        }
        List<Path> folders = new ArrayList<>();
        for (Path folder : reports) {
            folders.add(root.resolve(folder));
        }
        if (folders.isEmpty()) {
            folders.add(root.defaultReports());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Path folder : folders) {
            // A mistyped folder among several would otherwise leave its runs out of the site unsaid.
            if (!ReportsOption.existsOrSays(folder, "report", err)) {
                return 2;
            }
        }
        Path site = root.resolve(out);
        Report.Written written = Report.write(folders, site,
                new ReportSettings(title, staleDays, history, asOf()), err, System.console() != null);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("ovc-run report: read " + written.runs() + (written.runs() == 1 ? " run" : " runs")
                + copiesSkipped(written.identicalCopies()) + " of " + written.pipelines()
                + (written.pipelines() == 1 ? " pipeline" : " pipelines") + ", wrote " + written.index());
        stdout.flush();
        stepSummary(written);
        return 0;
    }

    /** Says that copies were skipped, so a count lower than the folders given is explained. */
    private static String copiesSkipped(int copies) {
        if (copies == 0) {
            return "";
        }
        return copies == 1 ? " (1 identical copy under another --reports folder skipped)"
                : " (" + copies + " identical copies under other --reports folders skipped)";
    }

    private Instant asOf() {
        if (asOf == null) {
            return null;
        }
        if (asOf.equals("now")) {
            return root.host().environment().clock().instant();
        }
        try {
            return Instant.parse(asOf);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "--as-of '" + asOf + "' is not 'now' or a UTC time such as 2026-01-21T00:00:00Z");
        }
    }

    /** Inside a GitHub Actions job, names the report in the job's summary page. */
    private void stepSummary(Report.Written written) {
        java.util.Map<String, String> env = root.host().environment().env();
        String file = env.get("GITHUB_STEP_SUMMARY");
        if (file == null || file.isBlank()) {
            return;
        }
        String warning = StepSummary.append(root.resolve(Path.of(file)), StepSummary.line(env, written, root.resolve(out)));
        if (warning != null) {
            spec.commandLine().getErr().println("ovc-run report: " + warning);
            spec.commandLine().getErr().flush();
        }
    }
}
