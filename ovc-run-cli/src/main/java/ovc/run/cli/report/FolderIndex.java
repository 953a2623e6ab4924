package ovc.run.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ovc.run.cli.read.RunFolders;
import ovc.run.format.RunId;

/**
 * Every run folder of the report, listed before any is read: its page's file name (unique across
 * several reports folders) and the pages of the previous and next run of the same pipeline. Those
 * come from the folder names, whose run_ids start with the start time, so each folder can then be
 * read once, its page written and the folder let go.
 *
 * @param slots the folders to read, identical copies left out
 * @param identicalCopies how many folders were left out as {@link IdenticalCopies} of one read before
 */
record FolderIndex(List<Slot> slots, int identicalCopies) {

    /**
     * One folder to read.
     *
     * @param folder the run folder
     * @param page its page's file name under {@code runs/}
     * @param previous the page of the pipeline's run before it, or {@code null}
     * @param next the page of the pipeline's run after it, or {@code null}
     */
    record Slot(Path folder, String page, String previous, String next) {}

    /**
     * The folders under each of {@code reportsFolders}, in the order given, each sorted by name; a
     * folder identical to one of the same name under an earlier reports folder is left out.
     */
    static FolderIndex of(List<Path> reportsFolders) throws IOException {
        List<List<Path>> listings = new ArrayList<>();
        for (Path reports : reportsFolders) {
            listings.add(RunFolders.list(reports));
        }
        IdenticalCopies.Kept kept = IdenticalCopies.drop(listings);
        List<Path> folders = kept.folders();
        Set<String> used = new HashSet<>();
        String[] names = new String[folders.size()];
        String[] pages = new String[folders.size()];
        Map<String, List<Integer>> byPipeline = new TreeMap<>();
        for (int i = 0; i < folders.size(); i++) {
            String name = folders.get(i).getFileName().toString();
            names[i] = name;
            pages[i] = uniquePage(name, used);
            RunId id = RunId.parse(name);
            if (id != null) {
                byPipeline.computeIfAbsent(id.pipelineId(), key -> new ArrayList<>()).add(i);
            }
        }
        String[] previous = new String[pages.length];
        String[] next = new String[pages.length];
        for (List<Integer> runs : byPipeline.values()) {
            runs.sort(Comparator.comparing((Integer i) -> names[i]).thenComparing(i -> pages[i]));
            for (int k = 1; k < runs.size(); k++) {
                previous[runs.get(k)] = pages[runs.get(k - 1)];
                next[runs.get(k - 1)] = pages[runs.get(k)];
            }
        }
        List<Slot> slots = new ArrayList<>(pages.length);
        for (int i = 0; i < pages.length; i++) {
            slots.add(new Slot(folders.get(i), pages[i], previous[i], next[i]));
        }
        return new FolderIndex(slots, kept.skipped());
    }

    /**
     * {@code name} with every character but {@code A-Z a-z 0-9 - _ .} replaced by {@code _}, plus
     * {@code .html}; {@code -2}, {@code -3}... before it when a folder of the same name came first.
     */
    static String uniquePage(String name, Set<String> used) {
        StringBuilder safe = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || (c == '.' && i > 0);
            safe.append(plain ? c : '_');
        }
        String page = safe + ".html";
        for (int copy = 2; !used.add(page.toLowerCase(java.util.Locale.ROOT)); copy++) {
            page = safe + "-" + copy + ".html";
        }
        return page;
    }
}
