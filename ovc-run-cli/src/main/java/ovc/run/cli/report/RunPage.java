package ovc.run.cli.report;

import java.util.List;
import java.util.Map;
import ovc.run.artifact.UtcTimestamps;
import ovc.run.cli.read.DurationText;
import ovc.run.cli.read.FolderState;
import ovc.run.cli.read.RunFolder;
import ovc.run.format.FolderLayout;
import tools.jackson.databind.JsonNode;

/**
 * One run's page: what ran, with what and how it ended; its checks with their evidence resolved
 * (a value from run.json shown, a run.log line linked to its anchor in the log below, an artifact
 * copied into the site and linked); and the whole run.log as one preformatted block with an anchor per line, so even a
 * long log costs the browser no script.
 */
final class RunPage {

    private RunPage() {}

    /**
     * The page of {@code folder}.
     *
     * @param slot its page and its neighbours' pages
     * @param copies where evidence artifacts are copied into the site
     * @param title the report's title
     */
    static String render(RunFolder folder, RunTrees trees, FolderIndex.Slot slot, ArtifactCopies copies, String title) {
        JsonNode run = trees.run();
        StringBuilder page = PageFrame.open(folder.name() + " · " + title);
        page.append("<nav><a href=\"../index.html\">&larr; overview</a>");
        neighbour(page, slot.previous(), "previous run");
        neighbour(page, slot.next(), "next run");
        page.append("</nav>\n<h1>");
        Html.text(page, folder.pipelineId()).append(' ');
        Badges.status(page, folder.status());
        page.append("</h1>\n<p><code>");
        Html.text(page, folder.name()).append("</code></p>\n");
        if (folder.state() != FolderState.COMPLETE) {
            page.append("<p class=\"missing\">This folder is ").append(folder.state().word()).append(": ");
            Html.text(page, String.join("; ", folder.stateReasons())).append("</p>\n");
        }
        page.append("<h2>Run</h2>\n<table>\n");
        row(page, "status", folder.status());
        row(page, "pipeline", folder.pipelineId());
        row(page, "version", folder.pipelineVersion());
        row(page, "trigger", joined(run == null ? null : run.get("trigger"), "type", "source", "actor"));
        row(page, "git commit", RunTrees.text(run == null ? null : run.get("git"), "sha"));
        row(page, "git ref", RunTrees.text(run == null ? null : run.get("git"), "ref"));
        row(page, "started", folder.started() == null ? null : UtcTimestamps.seconds(folder.started()));
        row(page, "finished", folder.finished() == null ? null : UtcTimestamps.seconds(folder.finished()));
        row(page, "duration", DurationText.of(folder.durationMs()));
        JsonNode env = run == null ? null : run.get("env");
        row(page, "environment present", names(env == null ? null : env.get("present")));
        row(page, "environment missing", names(env == null ? null : env.get("missing")));
        if (!folder.temporaryFiles().isEmpty()) {
            row(page, "temporary files", String.join(", ", folder.temporaryFiles()));
        }
        page.append("</table>\n");
        datasets(page, "Inputs", run == null ? null : run.get("inputs"));
        datasets(page, "Outputs", run == null ? null : run.get("outputs"));
        checks(page, folder, trees, copies, slot.page());
        log(page, folder);
        return PageFrame.close(page);
    }

    private static void neighbour(StringBuilder page, String target, String label) {
        if (target != null) {
            page.append(" <a href=\"").append(target).append("\">").append(label).append("</a>");
        } else {
            page.append(" <span class=\"muted\">no ").append(label).append("</span>");
        }
    }

    private static void row(StringBuilder page, String label, String value) {
        page.append("<tr><th>").append(label).append("</th><td>");
        if (value == null) {
            page.append("<span class=\"muted\">&ndash;</span>");
        } else {
            Html.text(page, value);
        }
        page.append("</td></tr>\n");
    }

    private static void datasets(StringBuilder page, String heading, JsonNode list) {
        page.append("<h2>").append(heading).append("</h2>\n");
        if (list == null || !list.isArray() || list.isEmpty()) {
            page.append("<p class=\"muted\">none recorded</p>\n");
            return;
        }
        page.append("<table>\n<thead><tr><th>type</th><th>ref</th><th>rows written</th><th>rows updated</th>"
                + "<th>more</th></tr></thead>\n<tbody>\n");
        for (JsonNode item : list) {
            page.append("<tr><td>");
            Html.text(page, RunTrees.scalar(item.get("type"))).append("</td><td><code>");
            Html.text(page, RunTrees.scalar(item.get("ref"))).append("</code></td><td class=\"n\">");
            Html.text(page, RunTrees.scalar(item.get("rows_written"))).append("</td><td class=\"n\">");
            Html.text(page, RunTrees.scalar(item.get("rows_updated"))).append("</td><td>");
            for (Map.Entry<String, JsonNode> field : item.properties()) {
                if (!List.of("type", "ref", "rows_written", "rows_updated").contains(field.getKey())) {
                    page.append("<code>");
                    Html.text(page, field.getKey() + ": " + RunTrees.scalar(field.getValue())).append("</code> ");
                }
            }
            page.append("</td></tr>\n");
        }
        page.append("</tbody></table>\n");
    }

    private static void checks(StringBuilder page, RunFolder folder, RunTrees trees, ArtifactCopies copies,
            String runPage) {
        page.append("<h2>Checks</h2>\n");
        List<JsonNode> checks = trees.checks();
        if (checks.isEmpty()) {
            page.append("<p class=\"muted\">").append(trees.checksReadable() ? "no checks" : "checks.json cannot be read")
                    .append("</p>\n");
            return;
        }
        page.append("<table>\n<thead><tr><th>status</th><th>check</th><th>evidence</th></tr></thead>\n<tbody>\n");
        for (JsonNode check : checks) {
            page.append("<tr class=\"check\"><td>");
            Badges.status(page, RunTrees.text(check, "status"));
            page.append("</td><td><code>");
            Html.text(page, RunTrees.text(check, "id")).append("</code><br>");
            Html.text(page, RunTrees.text(check, "name")).append("</td><td>");
            JsonNode evidence = check.get("evidence");
            if (evidence != null && evidence.isArray()) {
                for (JsonNode item : evidence) {
                    page.append("<div class=\"evidence\">");
                    EvidenceHtml.append(page, folder, item.isString() ? item.stringValue() : item.toString(), copies, runPage);
                    page.append("</div>");
                }
            }
            page.append("</td></tr>\n");
        }
        page.append("</tbody></table>\n");
    }

    private static void log(StringBuilder page, RunFolder folder) {
        page.append("<h2 id=\"log\">").append(FolderLayout.RUN_LOG).append("</h2>\n");
        List<String> lines = folder.logLines();
        if (lines.isEmpty()) {
            page.append("<p class=\"muted\">").append(folder.logSummary().exists() ? "empty" : "missing").append("</p>\n");
            return;
        }
        page.append("<pre class=\"log\">");
        for (int i = 0; i < lines.size(); i++) {
            page.append("<span id=\"L").append(i + 1).append("\">");
            Html.text(page, lines.get(i)).append("\n</span>");
        }
        page.append("</pre>\n");
    }

    private static String joined(JsonNode object, String... fields) {
        if (object == null || !object.isObject()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            String value = RunTrees.scalar(object.get(field));
            if (value != null) {
                text.append(text.length() == 0 ? "" : ", ").append(value);
            }
        }
        return text.toString();
    }

    private static String names(JsonNode list) {
        if (list == null || !list.isArray()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode name : list) {
            text.append(text.length() == 0 ? "" : ", ").append(RunTrees.scalar(name));
        }
        return text.length() == 0 ? "none" : text.toString();
    }
}
