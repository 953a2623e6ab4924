package ovc.run.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import ovc.run.runtime.GithubActions;

/**
 * The line a report adds to a GitHub Actions job's summary ({@code $GITHUB_STEP_SUMMARY}): how many
 * runs and pipelines, how many failing, where the site was written, and a link to the workflow run's
 * page, where an uploaded site is downloaded from (a {@code file:} link to the runner's disk would
 * lead nowhere for the person reading the summary).
 */
public final class StepSummary {

    private StepSummary() {}

    /**
     * Appends {@code line} to {@code file}, the one {@code GITHUB_STEP_SUMMARY} names, only when it
     * is a regular file or not there yet: a FIFO there would block the command until someone reads it.
     *
     * @return a warning for the user when the summary could not be written, else {@code null}
     */
    public static String append(Path file, String line) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            return "GITHUB_STEP_SUMMARY " + file + " is not a regular file; the report is not named there";
        }
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return null;
        } catch (IOException e) {
            return "cannot append to GITHUB_STEP_SUMMARY " + file + ": " + e.getMessage();
        }
    }

    /**
     * The Markdown line: the counts, the site's folder and, inside a workflow run, its page's link.
     *
     * @param site the site's folder
     */
    public static String line(Map<String, String> env, Report.Written written, Path site) {
        StringBuilder line = new StringBuilder("**ovc-run report**: ").append(written.runs())
                .append(written.runs() == 1 ? " run" : " runs").append(" of ").append(written.pipelines())
                .append(written.pipelines() == 1 ? " pipeline" : " pipelines").append(", ").append(written.failing())
                .append(" failing; site written to ").append(code(site.toString())).append(" (open ")
                .append(code("index.html")).append(")");
        String workflowRun = GithubActions.workflowRunUrl(env);
        if (workflowRun != null) {
            line.append("; upload it as an artifact and download it from [this workflow run](").append(workflowRun)
                    .append(")");
        }
        return line.append("\n\n").toString();
    }

    /** {@code text} as Markdown inline code, fenced by more backticks than it holds. */
    private static String code(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = longest > 0 ? " " : "";
        return fence + pad + text + pad + fence;
    }
}
