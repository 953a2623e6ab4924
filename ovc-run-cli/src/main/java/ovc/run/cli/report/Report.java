package ovc.run.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import ovc.run.cli.read.RunFolder;

/**
 * Writes the static site of {@code ovc-run report}: {@code index.html} and {@code runs/<run>.html}.
 * Folders are streamed: each is read once, its page written, and only its {@link RunEntry} kept,
 * into its pipeline's bounded {@link PipelineSummary}.
 */
public final class Report {

    /**
     * What a report read and wrote.
     *
     * @param index the overview page
     * @param runs how many run folders it read
     * @param pipelines how many pipelines they belong to
     * @param failing how many of those pipelines are failing
     * @param identicalCopies how many folders were not read because they are identical copies, under
     *     another reports folder, of a run read
     */
    public record Written(Path index, int runs, int pipelines, int failing, int identicalCopies) {}

    private Report() {}

    /**
     * Reads every run folder under {@code reportsFolders} and writes the site into {@code out}.
     *
     * @param progress where the progress line of a long read goes
     * @param terminal whether {@code progress} is a terminal (redrawn in place) rather than a log
     * @throws IOException when a reports folder cannot be listed or a page cannot be written
     */
    public static Written write(List<Path> reportsFolders, Path out, ReportSettings settings, PrintWriter progress,
            boolean terminal) throws IOException {
        FolderIndex folders = FolderIndex.of(reportsFolders);
        List<FolderIndex.Slot> slots = folders.slots();
        Path site = out.toAbsolutePath().normalize();
        Path pagesFolder = site.resolve("runs");
        Files.createDirectories(pagesFolder);
        ArtifactCopies copies = new ArtifactCopies(site);
        Map<String, PipelineSummary> pipelines = new ConcurrentHashMap<>();
        AtomicReference<Instant> newest = new AtomicReference<>();
        Progress line = new Progress(progress, slots.size(), terminal);
        try {
            slots.parallelStream().forEach(slot -> {
                RunFolder folder = RunFolder.read(slot.folder());
                RunTrees trees = RunTrees.of(folder);
                PageWriter.write(pagesFolder.resolve(slot.page()),
                        RunPage.render(folder, trees, slot, copies, settings.title()));
                RunEntry entry = RunEntry.of(folder, trees, slot.page());
                pipelines.computeIfAbsent(entry.pipeline(), id -> new PipelineSummary(id, settings.history())).add(entry);
                Instant time = entry.lastTime();
                if (time != null) {
                    newest.accumulateAndGet(time, (a, b) -> a == null || b.isAfter(a) ? b : a);
                }
                line.step();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        line.finish();
        Set<String> written = new HashSet<>();
        for (FolderIndex.Slot slot : slots) {
            written.add(slot.page());
        }
        PageWriter.removeOthers(pagesFolder, written);
        copies.removeOthers();
        Instant asOf = settings.asOf() != null ? settings.asOf() : newest.get();
        String source = settings.asOf() != null ? "as given" : "the newest run read";
        Path index = site.resolve("index.html");
        List<PipelineSummary> summaries = new ArrayList<>(pipelines.values());
        PageWriter.write(index, OverviewPage.render(summaries, settings, asOf, source));
        String unfinished = OverviewPage.unfinishedPage(summaries, settings);
        Path unfinishedFile = site.resolve(OverviewPage.UNFINISHED_PAGE);
        if (unfinished != null) {
            PageWriter.write(unfinishedFile, unfinished);
        } else {
            Files.deleteIfExists(unfinishedFile);
        }
        int failing = 0;
        for (PipelineSummary summary : pipelines.values()) {
            if (asOf != null && summary.state(asOf, settings.staleDays()).equals(PipelineHealth.FAILING)) {
                failing++;
            }
        }
        return new Written(index, slots.size(), pipelines.size(), failing, folders.identicalCopies());
    }
}
