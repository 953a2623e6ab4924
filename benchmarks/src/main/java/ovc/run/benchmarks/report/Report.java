package ovc.run.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ovc.run.benchmarks.process.Options;

/**
 * Writes {@code benchmarks/RESULTS.md} from JMH's JSON and the process harness's JSON; every word
 * and number in it comes from here, so the file is never edited by hand.
 *
 * <pre>
 * java -cp benchmarks.jar ovc.run.benchmarks.report.Report --jmh jmh-results.json \
 *     --process process-results.json --out RESULTS.md --nproc 2 --cpu "..." --load-start "0.52 0.61 0.70" \
 *     --load-end "..." --started 2026-11-25T18:00:00Z --seconds 480 --commit abc1234
 * </pre>
 */
public final class Report {

    private Report() {}

    /** Reads the results named by the options and writes the Markdown file. */
    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        JmhResults jmh = JmhResults.parse(Files.readString(Path.of(options.require("jmh"))));
        ProcessResults process = ProcessResults.parse(Files.readString(Path.of(options.require("process"))));
        Machine machine = new Machine(options.get("nproc", "?"), options.get("cpu", "?"), jmh.jvm(),
                options.get("load-start", "?"), options.get("load-end", "?"),
                options.get("started", "?"), options.get("seconds", "?"),
                options.get("commit", "?"));
        List<Row> rows = ResultsReport.rows(jmh, process);
        Path out = Path.of(options.require("out"));
        Files.writeString(out, document(machine, jmh, process, rows));
        long missed = rows.stream().filter(row -> row.verdict() == Verdict.MISSED).count();
        long met = rows.stream().filter(row -> row.verdict() == Verdict.MET).count();
        System.out.println("wrote " + out + ": " + met + " targets met, " + missed + " missed");
    }

    /**
     * Where and when the figures were measured.
     *
     * @param nproc processors available ({@code nproc})
     * @param cpu the processor model
     * @param jvm the benchmarked JVM, as JMH recorded it
     * @param loadStart the load average (1, 5, 15 min) when the command started
     * @param loadEnd the same when it ended
     * @param started UTC start time
     * @param seconds how long the whole command took
     * @param commit the commit measured, {@code -dirty} when the tree had changes
     */
    record Machine(String nproc, String cpu, String jvm, String loadStart, String loadEnd, String started,
            String seconds, String commit) {}

    static String document(Machine machine, JmhResults jmh, ProcessResults process, List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by `benchmarks/run.sh` (").append(machine.seconds()).append(" s, started ")
                .append(machine.started()).append(", commit `").append(machine.commit())
                .append("`); do not edit: run the command again. What each figure measures and how to read it: ")
                .append("[README.md](README.md).\n\n");
        md.append("- Machine: ").append(machine.nproc()).append(" processors (`nproc`), ").append(machine.cpu().strip())
                .append("\n");
        md.append("- JDK: ").append(machine.jvm()).append("\n");
        md.append("- Load average (1, 5, 15 min): ").append(machine.loadStart()).append(" at start, ")
                .append(machine.loadEnd()).append(" at the end\n");
        md.append("- JMH: ").append(String.join("; ", jmh.settings())).append("; `-prof gc`\n");
        md.append("- Whole process: ").append(process.runs())
                .append(" measured runs per variant after warm-up rounds, variants alternated run by run; wall time by ")
                .append("`System.nanoTime` around start to exit, peak RSS by GNU time\n\n");
        md.append(MarkdownTable.format(rows));
        List<Row> missed = rows.stream().filter(row -> row.verdict() == Verdict.MISSED).toList();
        md.append("\n## Targets missed in this run\n\n");
        if (missed.isEmpty()) {
            md.append("None.\n");
        }
        for (Row row : missed) {
            md.append("- ").append(row.figure()).append(": ").append(row.measured()).append(", target ")
                    .append(row.target()).append("\n");
        }
        md.append("\nWhy, and where the time goes: [README.md](README.md#what-the-figures-say).\n");
        return md.toString();
    }
}
