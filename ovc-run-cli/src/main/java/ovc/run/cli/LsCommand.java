package ovc.run.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ovc.run.cli.read.DurationText;
import ovc.run.json.CanonicalJson;
import ovc.run.artifact.UtcTimestamps;
import ovc.run.cli.read.FolderState;
import ovc.run.cli.read.RunFolder;
import ovc.run.cli.read.RunFolders;
import ovc.run.format.RunId;
import ovc.run.format.StatusWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code ovc-run ls}: the runs under the reports folder, newest first. */
@Command(name = "ls",
        description = {"Lists runs, newest first. A folder whose run did not finish (no run.json: crashed, killed or"
                + " still running; or a file missing, or a temporary file left over) shows as 'incomplete'; one whose"
                + " files cannot be read or disagree with each other as 'damaged'."},
        mixinStandardHelpOptions = true)
final class LsCommand implements Callable<Integer> {

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Mixin
    ReportsOption reports = new ReportsOption();

    @Option(names = "--pipeline", paramLabel = "ID", description = "Only runs of this pipeline.")
    String pipeline;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only runs with this status: success, failed, partial, incomplete or damaged.")
    String status;

    @Option(names = "--since", paramLabel = "DATE", converter = SinceConverter.class,
            description = "Only runs started at or after DATE: 2026-01-19 (UTC midnight) or 2026-01-19T06:00:00Z.")
    Instant since;

    @Option(names = "--limit", paramLabel = "N", description = "At most N runs.")
    Integer limit;

    @Option(names = "--json", description = "Print the runs as a JSON array.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (status != null && !StatusWords.isRunStatus(status) && !status.equals(FolderState.INCOMPLETE.word())
                && !status.equals(FolderState.DAMAGED.word())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--status '" + status
                    + "' is not one of " + StatusWords.SUCCESS + ", " + StatusWords.FAILED + ", " + StatusWords.PARTIAL
                    + ", " + FolderState.INCOMPLETE.word() + ", " + FolderState.DAMAGED.word());
        }
        Path reportsDir = reports.folder(root);
        if (!ReportsOption.existsOrSays(reportsDir, "ls", spec.commandLine().getErr())) {
            return 2;
        }
        // Each folder is read and let go at once, only what is printed kept: 100 000 read folders
        // (their JSON trees) would not fit a small heap, their lines do.
        List<Listed> runs = new ArrayList<>(RunFolders.list(reportsDir).parallelStream()
                .filter(folder -> pipeline == null || pipelineOfName(folder).equals(pipeline) || pipelineOfName(folder).equals("?"))
                .map(RunFolder::read)
                .filter(run -> pipeline == null || run.pipelineId().equals(pipeline))
                .filter(run -> status == null || run.status().equals(status))
                .filter(run -> since == null || (run.started() != null && !run.started().isBefore(since)))
                .map(run -> Listed.of(run, json))
                .toList());
        runs.sort(Listed.NEWEST_FIRST);
        if (limit != null && runs.size() > limit) {
            runs = runs.subList(0, Math.max(0, limit));
        }
        PrintWriter out = json ? spec.commandLine().getOut() : new TerminalWriter(spec.commandLine().getOut());
        if (json) {
            List<Object> list = new ArrayList<>(runs.size());
            for (Listed run : runs) {
                list.add(run.json());
            }
            out.print(CanonicalJson.write(list));
        } else if (runs.isEmpty()) {
            out.println("no runs under " + reportsDir + (pipeline != null || status != null || since != null ? " match" : ""));
        } else {
            Table table = new Table("STARTED", "PIPELINE", "STATUS", "DURATION", "CHECKS", "RUN_ID");
            for (Listed run : runs) {
                table.row(run.cells());
            }
            table.print(out);
        }
        out.flush();
        return 0;
    }

    /**
     * What ls prints of one run: its sort keys and its table cells or JSON entry.
     *
     * @param started when it started, or {@code null}
     * @param name the folder's name
     * @param cells the table row ({@code null} for {@code --json})
     * @param json the JSON entry ({@code null} for the table)
     */
    private record Listed(Instant started, String name, Object[] cells, Map<String, Object> json) {

        /** The order of {@link RunFolders#NEWEST_FIRST}: by start time, then by name, descending. */
        static final java.util.Comparator<Listed> NEWEST_FIRST = RunFolders.newestFirst(Listed::started, Listed::name);

        static Listed of(RunFolder run, boolean json) {
            if (json) {
                return new Listed(run.started(), run.name(), null, toJson(run));
            }
            int[] counts = run.statusCounts();
            return new Listed(run.started(), run.name(), new Object[] {
                run.started() == null ? null : UtcTimestamps.seconds(run.started()), run.pipelineId(), run.status(),
                DurationText.of(run.durationMs()),
                run.checks() == null ? null : counts[0] + " pass, " + counts[1] + " fail, " + counts[2] + " skip",
                run.name()}, null);
        }
    }

    /** The pipeline in a folder's name, to skip reading runs of other pipelines; {@code ?} when unknown. */
    private static String pipelineOfName(Path folder) {
        RunId name = RunId.parse(folder.getFileName().toString());
        return name != null ? name.pipelineId() : "?";
    }

    static Map<String, Object> toJson(RunFolder run) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("run_id", run.runId());
        entry.put("folder", run.directory().toString());
        entry.put("pipeline_id", run.pipelineId());
        entry.put("pipeline_version", run.pipelineVersion());
        entry.put("status", run.status());
        entry.put("state", run.state().word());
        entry.put("state_reasons", run.stateReasons());
        entry.put("started_utc", run.started() == null ? null : UtcTimestamps.seconds(run.started()));
        entry.put("finished_utc", run.finished() == null ? null : UtcTimestamps.seconds(run.finished()));
        entry.put("duration_ms", run.durationMs());
        if (run.checks() != null) {
            int[] counts = run.statusCounts();
            entry.put("summary", Map.of(StatusWords.PASS, counts[0], StatusWords.FAIL, counts[1], StatusWords.SKIP, counts[2]));
            entry.put("failed_checks", run.failedChecks());
        } else {
            entry.put("summary", null);
            entry.put("failed_checks", List.of());
        }
        return entry;
    }

    /** {@code 2026-01-19} or a full UTC instant. */
    static final class SinceConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date such as 2026-01-19 or 2026-01-19T06:00:00Z");
            }
        }
    }
}
