package ovc.run.cli.report;

import java.util.List;
import ovc.run.artifact.UtcTimestamps;
import ovc.run.cli.read.DurationText;

/**
 * The small inline SVG of a pipeline's newest runs: one bar per run, oldest on the left, coloured by
 * status (a class the page's style sheet colours) and as tall as the run was long, relative to the
 * longest of them; each bar links to its run and names it, its status and duration in a tooltip.
 */
final class HistorySvg {

    private static final int BAR = 6;
    private static final int STEP = 8;
    private static final int HEIGHT = 24;
    private static final int MIN_BAR = 3;

    private HistorySvg() {}

    /** Appends the SVG of {@code newestFirst} to {@code out}; pages are relative to the overview. */
    static void append(StringBuilder out, List<RunEntry> newestFirst) {
        long longest = 1;
        for (RunEntry run : newestFirst) {
            if (run.durationMs() != null && run.durationMs() > longest) {
                longest = run.durationMs();
            }
        }
        int count = newestFirst.size();
        out.append("<svg class=\"history\" width=\"").append(count * STEP).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(count * STEP).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"last ").append(count).append(" runs\">");
        for (int i = 0; i < count; i++) {
            RunEntry run = newestFirst.get(count - 1 - i);
            int height = run.durationMs() == null ? MIN_BAR
                    : (int) Math.max(MIN_BAR, Math.round((double) run.durationMs() * HEIGHT / longest));
            out.append("<a href=\"").append("runs/").append(run.page()).append("\"><rect class=\"")
                    .append(Html.text(run.status())).append("\" x=\"").append(i * STEP).append("\" y=\"")
                    .append(HEIGHT - height).append("\" width=\"").append(BAR).append("\" height=\"").append(height)
                    .append("\"><title>");
            Html.text(out, (run.started() == null ? run.name() : UtcTimestamps.seconds(run.started())) + " "
                    + run.status() + (run.durationMs() == null ? "" : " " + DurationText.of(run.durationMs())));
            out.append("</title></rect></a>");
        }
        out.append("</svg>");
    }
}
