package ovc.run.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import ovc.run.cli.read.EvidenceResolver;
import ovc.run.cli.read.RunFolder;
import ovc.run.format.EvidenceGrammar;
import ovc.run.format.EvidencePointer;
import ovc.run.format.EvidenceTargets;

/**
 * One evidence pointer on a run's page, resolved as {@code ovc-run show} resolves it: a run.json
 * value is shown, a run.log line links to its anchor in the page's log, an artifact links to the
 * file's copy in the site ({@link ArtifactCopies}); a pointer to nothing says what is missing.
 */
final class EvidenceHtml {

    private EvidenceHtml() {}

    /** Appends {@code evidence} of {@code folder}, shown on the run page {@code runPage}; artifacts go to {@code copies}. */
    static void append(StringBuilder page, RunFolder folder, String evidence, ArtifactCopies copies, String runPage) {
        EvidencePointer pointer = EvidenceGrammar.parse(evidence);
        EvidenceResolver.Resolved resolved = EvidenceResolver.resolve(folder, evidence);
        if (pointer == null || !resolved.found()) {
            page.append("<code>");
            Html.text(page, evidence).append("</code> <span class=\"missing\">missing: ");
            Html.text(page, resolved.value()).append("</span>");
            return;
        }
        switch (pointer.kind()) {
            case LOG_LINE:
                page.append("<a class=\"log-line\" href=\"#L").append(pointer.line()).append("\"><code>");
                Html.text(page, evidence).append("</code></a> <code class=\"value\">");
                Html.text(page, resolved.value()).append("</code>");
                break;
            case RUN_JSON:
                page.append("<code>");
                Html.text(page, evidence).append("</code> = <code class=\"value\">");
                Html.text(page, resolved.value()).append("</code>");
                break;
            default:
                Path file = EvidenceTargets.artifactFile(pointer, folder.directory());
                page.append("<a class=\"artifact\" href=\"").append(copy(copies, runPage, folder, file)).append("\"><code>");
                Html.text(page, evidence).append("</code></a> <span class=\"muted\">");
                Html.text(page, resolved.value()).append("</span>");
        }
    }

    private static String copy(ArtifactCopies copies, String runPage, RunFolder folder, Path file) {
        try {
            return copies.copy(runPage, folder.directory(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " into the report: " + e.getMessage(), e);
        }
    }
}
