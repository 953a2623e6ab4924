package ovc.run.cli.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import ovc.run.artifact.UtcTimestamps;
import ovc.run.cli.read.DurationText;
import ovc.run.cli.read.FolderState;

/**
 * The overview, {@code index.html}: counts at the top, one row per pipeline (failing first, then
 * stale, then partial, then ok), and every incomplete or damaged folder listed by name.
 */
final class OverviewPage {

    private static final List<String> ORDER = List.of(PipelineHealth.FAILING, PipelineHealth.STALE,
            PipelineHealth.PARTIAL, PipelineHealth.OK);

    /**
     * How many incomplete or damaged folders the overview lists, newest first: a reports folder full
     * of crashed runs must not make the overview grow without bound; {@link #UNFINISHED_PAGE} lists
     * them all.
     */
    static final int UNFINISHED_SHOWN = 100;

    /** The page, beside {@code index.html}, listing every incomplete or damaged folder when there are more. */
    static final String UNFINISHED_PAGE = "unfinished.html";

    private OverviewPage() {}

    /**
     * The page.
     *
     * @param pipelines the pipelines' summaries, in any order
     * @param settings the report's title, stale limit and history length
     * @param asOf the time ages are measured to, or {@code null} when no run says when it ran
     * @param asOfSource what {@code asOf} is, for the reader ({@code the newest run read}, {@code given})
     */
    static String render(List<PipelineSummary> pipelines, ReportSettings settings, Instant asOf, String asOfSource) {
        List<Row> rows = new ArrayList<>();
        List<RunEntry> unfinished = new ArrayList<>();
        int runs = 0;
        for (PipelineSummary summary : pipelines) {
            rows.add(new Row(summary, asOf == null ? PipelineHealth.STALE : summary.state(asOf, settings.staleDays())));
            unfinished.addAll(summary.unfinished());
            runs += summary.runs();
        }
        rows.sort(Comparator.comparing((Row row) -> ORDER.indexOf(row.state)).thenComparing(row -> row.summary.pipeline()));
        unfinished.sort(RunEntry.NEWEST_FIRST);

        StringBuilder page = PageFrame.open(settings.title());
        page.append("<h1>");
        Html.text(page, settings.title()).append("</h1>\n<p class=\"muted\">Ages as of ")
                .append(asOf == null ? "&ndash;" : UtcTimestamps.seconds(asOf)).append(" (").append(asOfSource)
                .append("); a pipeline is stale when its latest finished run is older than ")
                .append(number(settings.staleDays())).append(" days. History: the last ").append(settings.history())
                .append(" runs.</p>\n<p class=\"counts\">");
        count(page, "pipelines", rows.size());
        count(page, "runs", runs);
        count(page, "failing", rows.stream().filter(row -> row.state.equals(PipelineHealth.FAILING)).count());
        count(page, "stale", rows.stream().filter(row -> row.state.equals(PipelineHealth.STALE)).count());
        count(page, "incomplete", unfinished.stream().filter(run -> run.state() == FolderState.INCOMPLETE).count());
        count(page, "damaged", unfinished.stream().filter(run -> run.state() == FolderState.DAMAGED).count());
        page.append("</p>\n<input id=\"filter\" type=\"search\" hidden placeholder=\"Filter by pipeline or status\""
                + " aria-label=\"Filter by pipeline or status\">\n");
        if (rows.isEmpty()) {
            page.append("<p>No runs.</p>\n");
        } else {
            pipelineTable(page, rows, asOf);
        }
        if (!unfinished.isEmpty()) {
            page.append("<h2 id=\"unfinished\">Incomplete and damaged folders</h2>\n");
            if (unfinished.size() > UNFINISHED_SHOWN) {
                page.append("<p class=\"truncated\">The newest ").append(UNFINISHED_SHOWN).append(" of ")
                        .append(unfinished.size()).append(" incomplete or damaged folders; <a href=\"")
                        .append(UNFINISHED_PAGE).append("\">all ").append(unfinished.size())
                        .append(" are listed here</a>.</p>\n");
            }
            unfinishedTable(page, unfinished.subList(0, Math.min(unfinished.size(), UNFINISHED_SHOWN)));
        }
        return PageFrame.close(page);
    }

    /**
     * The page of every incomplete or damaged folder, newest first, linked from the overview when it
     * shows only the newest {@value #UNFINISHED_SHOWN}; {@code null} when the overview shows them all.
     */
    static String unfinishedPage(List<PipelineSummary> pipelines, ReportSettings settings) {
        List<RunEntry> unfinished = new ArrayList<>();
        for (PipelineSummary summary : pipelines) {
            unfinished.addAll(summary.unfinished());
        }
        if (unfinished.size() <= UNFINISHED_SHOWN) {
            return null;
        }
        unfinished.sort(RunEntry.NEWEST_FIRST);
        StringBuilder page = PageFrame.open("Incomplete and damaged folders · " + settings.title());
        page.append("<nav><a href=\"index.html\">&larr; overview</a></nav>\n<h1 id=\"unfinished\">")
                .append(unfinished.size()).append(" incomplete and damaged folders</h1>\n");
        unfinishedTable(page, unfinished);
        return PageFrame.close(page);
    }

    private record Row(PipelineSummary summary, String state) {}

    private static void pipelineTable(StringBuilder page, List<Row> rows, Instant asOf) {
        page.append("<table id=\"pipelines\">\n<thead><tr><th>pipeline</th><th>health</th><th>last run</th>"
                + "<th>duration</th><th>failing checks</th><th>history</th></tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            PipelineSummary summary = row.summary;
            RunEntry latest = summary.latest();
            String status = latest == null ? "none" : latest.status();
            page.append("<tr class=\"pipeline\" data-pipeline=\"");
            Html.text(page, summary.pipeline()).append("\" data-filter=\"");
            Html.text(page, (summary.pipeline() + " " + row.state + " " + status).toLowerCase(Locale.ROOT))
                    .append("\"><td><a class=\"latest\" href=\"runs/").append(summary.page()).append("\">");
            Html.text(page, summary.pipeline()).append("</a><br><span class=\"muted\">")
                    .append(summary.runs()).append(summary.runs() == 1 ? " run" : " runs").append("</span></td><td>");
            Badges.status(page, row.state);
            page.append("<br><span class=\"muted\">latest: ").append(Html.text(status)).append("</span></td><td class=\"n\">");
            if (latest == null || latest.lastTime() == null) {
                page.append("never finished");
            } else {
                page.append(UtcTimestamps.seconds(latest.lastTime()));
                Double age = asOf == null ? null : summary.ageDays(asOf);
                if (age != null) {
                    page.append("<br><span class=\"age\">").append(number(age)).append(" days ago</span>");
                }
            }
            page.append("</td><td class=\"n\">");
            Html.text(page, latest == null ? null : DurationText.of(latest.durationMs())).append("</td><td>");
            if (latest != null) {
                Html.text(page, String.join(", ", latest.failedChecks()));
            }
            List<String> flaky = summary.flakyChecks();
            if (!flaky.isEmpty()) {
                page.append("<div class=\"flaky\">flaky: ");
                Html.text(page, String.join(", ", flaky)).append("</div>");
            }
            int unfinished = summary.unfinished().size();
            if (unfinished > 0) {
                page.append("<div class=\"muted\">").append(unfinished).append(" incomplete or damaged</div>");
            }
            page.append("</td><td>");
            HistorySvg.append(page, summary.newest());
            page.append("</td></tr>\n");
        }
        page.append("</tbody></table>\n");
    }

    private static void unfinishedTable(StringBuilder page, List<RunEntry> unfinished) {
        page.append("<table>\n<thead><tr><th>folder</th>"
                + "<th>pipeline</th><th>state</th><th>why</th></tr></thead>\n<tbody>\n");
        for (RunEntry run : unfinished) {
            page.append("<tr class=\"unfinished\" data-filter=\"");
            Html.text(page, (run.pipeline() + " " + run.status()).toLowerCase(Locale.ROOT))
                    .append("\"><td><a href=\"runs/").append(run.page()).append("\"><code>");
            Html.text(page, run.name()).append("</code></a></td><td>");
            Html.text(page, run.pipeline()).append("</td><td>");
            Badges.status(page, run.status());
            page.append("</td><td>");
            Html.text(page, run.reason()).append("</td></tr>\n");
        }
        page.append("</tbody></table>\n");
    }

    private static void count(StringBuilder page, String label, long value) {
        page.append("<span class=\"count-").append(label).append("\"><b>").append(value).append("</b> ").append(label)
                .append("</span>\n");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
