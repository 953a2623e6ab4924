package ovc.run.runtime;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ovc.run.format.CheckState;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.InputEntry;
import ovc.run.artifact.OutputEntry;
import ovc.run.artifact.RunFacts;

/**
 * What a run tells GitHub Actions when it runs in a workflow ({@code GITHUB_ACTIONS=true}): step
 * outputs {@code run_id} and {@code run_dir} in {@code $GITHUB_OUTPUT} at start, a Markdown summary in
 * {@code $GITHUB_STEP_SUMMARY} and one {@code ::error} annotation per failed check at finish.
 *
 * <p>Like everything the runtime does around a pipeline, it never fails the run: a file that cannot
 * be written gives one warning on stderr.
 */
public final class GithubActions {

    private GithubActions() {}

    /**
     * Appends {@code run_id} and {@code run_dir} to {@code $GITHUB_OUTPUT}. Called only in a workflow
     * ({@link RunEnvironment#inGithubActions}), so that outside one this class is never loaded.
     */
    static void started(ActiveRun run) {
        Map<String, String> env = run.environment().env();
        append(run, env.get("GITHUB_OUTPUT"), output("run_id", run.runId()) + output("run_dir", run.directory().toString()));
    }

    /**
     * Appends the summary to {@code $GITHUB_STEP_SUMMARY} and prints an annotation per failed check;
     * called only in a workflow, as {@link #started}.
     */
    static void finished(ActiveRun run, RunFacts facts) {
        Map<String, String> env = run.environment().env();
        String summaryFile = env.get("GITHUB_STEP_SUMMARY");
        if (summaryFile != null && !summaryFile.isBlank()) {
            append(run, summaryFile, summary(facts, new SummaryEvidence(facts, run.directory(), run.secrets()),
                    workflowRunUrl(env)));
        }
        for (CheckEntry check : facts.checks()) {
            if (check.status() == CheckState.FAIL) {
                run.environment().out().println("::error title=" + escapeProperty(check.id()) + "::"
                        + escapeData(check.name() + " (run " + facts.runId() + ")"));
            }
        }
        run.environment().out().flush();
    }

    /** One {@code name=value} line; a value with a line break uses the multi-line form. */
    static String output(String name, String value) {
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return name + "=" + value + "\n";
        }
        String delimiter = "ovc_run_" + java.util.UUID.randomUUID();
        return name + "<<" + delimiter + "\n" + value + "\n" + delimiter + "\n";
    }

    /**
     * The page of this workflow run, {@code ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}},
     * or {@code null} unless all three are set.
     */
    public static String workflowRunUrl(Map<String, String> env) {
        String server = env.get("GITHUB_SERVER_URL");
        String repository = env.get("GITHUB_REPOSITORY");
        String runId = env.get("GITHUB_RUN_ID");
        if (server == null || server.isBlank() || repository == null || repository.isBlank() || runId == null
                || runId.isBlank()) {
            return null;
        }
        return server + "/" + repository + "/actions/runs/" + runId;
    }

    /**
     * The Markdown summary of a finished run: status, duration, the workflow run it belongs to
     * ({@code workflowRun}, may be {@code null}), inputs, outputs and a checks table whose evidence
     * column shows what each pointer points at.
     */
    static String summary(RunFacts facts, SummaryEvidence evidence, String workflowRun) {
        String status = facts.status().word();
        StringBuilder md = new StringBuilder(512);
        md.append("### ").append(statusIcon(status)).append(" ovc-run: ").append(facts.pipelineId()).append(' ')
                .append(facts.pipelineVersion()).append(" — ").append(status).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| run | `").append(facts.runId()).append("` |\n");
        md.append("| duration | ").append(facts.durationMs()).append(" ms |\n");
        if (workflowRun != null) {
            md.append("| workflow run | ").append(link(workflowRun)).append(" |\n");
        }
        md.append("| trigger | ").append(cell(facts.trigger().type() + " (" + facts.trigger().source() + ", "
                + facts.trigger().actor() + ")")).append(" |\n");
        md.append("| git | `").append(facts.git().sha7()).append("` ").append(cell(facts.git().ref())).append(" |\n");
        if (!facts.env().missing().isEmpty()) {
            md.append("| missing env | ").append(cell(String.join(", ", facts.env().missing()))).append(" |\n");
        }
        md.append('\n');
        // Loops, not streams with method references: in a workflow every run finishes through here,
        // and the first lambda a JVM links costs it milliseconds.
        List<String> inputs = new ArrayList<>(facts.inputs().size());
        for (InputEntry input : facts.inputs()) {
            inputs.add(describe(input));
        }
        list(md, "Inputs", inputs);
        List<String> outputs = new ArrayList<>(facts.outputs().size());
        for (OutputEntry output : facts.outputs()) {
            outputs.add(describe(output));
        }
        list(md, "Outputs", outputs);
        md.append("**Checks** (pass ").append(facts.count(CheckState.PASS)).append(", fail ")
                .append(facts.count(CheckState.FAIL)).append(", skip ").append(facts.count(CheckState.SKIP))
                .append(")\n\n");
        if (!facts.checks().isEmpty()) {
            md.append("| status | check | name | evidence |\n|---|---|---|---|\n");
            for (CheckEntry check : facts.checks()) {
                String checkStatus = check.status().word();
                md.append("| ").append(checkIcon(checkStatus)).append(' ').append(checkStatus)
                        .append(" | `").append(check.id()).append("` | ").append(cell(check.name())).append(" | ")
                        .append(evidenceCell(check.evidence(), evidence)).append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        md.append("**").append(title).append("**");
        if (items.isEmpty()) {
            md.append(": none\n\n");
            return;
        }
        md.append("\n\n");
        for (String item : items) {
            md.append("- ").append(item).append('\n');
        }
        md.append('\n');
    }

    private static String describe(InputEntry input) {
        return "`" + input.type() + "` " + code(input.ref()) + (input.range() == null ? "" : " range " + code(input.range()));
    }

    private static String describe(OutputEntry output) {
        StringBuilder text = new StringBuilder("`").append(output.type()).append("` ").append(code(output.ref()));
        if (output.rowsWritten() != null) {
            text.append(", rows written ").append(output.rowsWritten());
        }
        if (output.rowsUpdated() != null) {
            text.append(", rows updated ").append(output.rowsUpdated());
        }
        return text.toString();
    }

    /** Each pointer, then what it points at: {@code `run.json:$.x` → `42`}, one per line of the cell. */
    private static String evidenceCell(List<String> pointers, SummaryEvidence evidence) {
        StringBuilder text = new StringBuilder();
        for (String pointer : pointers) {
            if (text.length() > 0) {
                text.append("<br>");
            }
            text.append(code(pointer));
            String value = evidence.resolve(pointer);
            if (value != null) {
                text.append(" → ").append(code(value));
            }
        }
        // A pipe splits a table cell even inside a code span, unless escaped.
        return text.toString().replace("|", "\\|");
    }

    /** A Markdown link to {@code url}, which is its own text; nothing in it can end the link early. */
    private static String link(String url) {
        String safe = html(url).replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("[", "%5B")
                .replace("]", "%5D").replace("|", "%7C").replace("\n", "").replace("\r", "");
        return "[" + safe + "](" + safe + ")";
    }

    private static String code(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.contains("`") ? "<code>" + html(flat) + "</code>" : "`" + flat + "`";
    }

    /** Text made safe for one Markdown table cell. */
    private static String cell(String text) {
        return html(text).replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String statusIcon(String status) {
        return switch (status) {
            case "success" -> "✅";
            case "partial" -> "⚠️";
            default -> "❌";
        };
    }

    private static String checkIcon(String status) {
        return switch (status) {
            case "pass" -> "✅";
            case "skip" -> "⏭️";
            default -> "❌";
        };
    }

    /** Workflow command data: {@code %}, CR and LF are percent-encoded. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Workflow command property: as data, plus {@code :} and {@code ,}. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static void append(ActiveRun run, String file, String text) {
        if (file == null || file.isBlank()) {
            return;
        }
        String refusal = GithubFileCheck.refusal(file);
        if (refusal != null) {
            Warnings.once(run.environment().err(), "WARNING: GitHub Actions file " + file + " is " + refusal
                    + "; not written for " + run);
            return;
        }
        // Appending through java.io (created when missing, as CREATE and APPEND did): Files'
        // writers open a FileChannel, whose thirty-odd JDK classes every run in a workflow paid.
        try (Writer out = new OutputStreamWriter(new FileOutputStream(file, true), StandardCharsets.UTF_8)) {
            out.write(text);
        } catch (IOException | RuntimeException e) {
            Warnings.once(run.environment().err(), "WARNING: could not write GitHub Actions file " + file + " for "
                    + run + ": " + RunProblems.describe(e));
        }
    }
}
