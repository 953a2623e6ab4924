package ovc.run.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ovc.run.format.FolderLayout;

/**
 * Drops the second and later copies of one run read through several reports folders (a CI artifact
 * downloaded twice, a folder copied), so the run is counted and paged once. A copy is a folder of
 * the same name whose run.json and checks.json hold the same bytes; for folders without run.json
 * (unfinished) checks.json and run.log. Folders of the same name that differ are a real conflict and
 * are all kept.
 *
 * <p>Only names are remembered for every folder; files are compared only when a name repeats,
 * sizes first, so a report over 100 000 distinct folders reads nothing more.
 */
final class IdenticalCopies {

    /**
     * The folders left.
     *
     * @param folders the folders to read, in the order given
     * @param skipped how many identical copies were dropped
     */
    record Kept(List<Path> folders, int skipped) {}

    private IdenticalCopies() {}

    /**
     * The folders of {@code listings}, one list per reports folder, without the folders identical to
     * an earlier one of the same name.
     */
    static Kept drop(List<List<Path>> listings) {
        List<Path> folders = new ArrayList<>();
        for (List<Path> listing : listings) {
            folders.addAll(listing);
        }
        // Names within one reports folder are distinct: nothing to remember for the usual single one.
        if (listings.size() < 2) {
            return new Kept(folders, 0);
        }
        Map<String, Integer> first = new HashMap<>(folders.size() * 4 / 3 + 1);
        Map<String, List<Integer>> repeated = new HashMap<>();
        for (int i = 0; i < folders.size(); i++) {
            String name = folders.get(i).getFileName().toString();
            Integer earlier = first.putIfAbsent(name, i);
            if (earlier != null) {
                repeated.computeIfAbsent(name, key -> new ArrayList<>(List.of(earlier))).add(i);
            }
        }
        if (repeated.isEmpty()) {
            return new Kept(folders, 0);
        }
        boolean[] copy = new boolean[folders.size()];
        // Names are independent of each other, so they are compared in parallel; within one name in
        // order, so which copy is kept does not depend on threads.
        repeated.values().parallelStream().forEach(same -> {
            List<Path> kept = new ArrayList<>();
            kept.add(folders.get(same.get(0)));
            for (int k = 1; k < same.size(); k++) {
                Path folder = folders.get(same.get(k));
                if (kept.stream().anyMatch(earlier -> identical(earlier, folder))) {
                    copy[same.get(k)] = true;
                } else {
                    kept.add(folder);
                }
            }
        });
        List<Path> left = new ArrayList<>(folders.size());
        for (int i = 0; i < folders.size(); i++) {
            if (!copy[i]) {
                left.add(folders.get(i));
            }
        }
        return new Kept(left, folders.size() - left.size());
    }

    /** Whether {@code a} and {@code b}, two folders of one name, hold the same run. */
    static boolean identical(Path a, Path b) {
        if (!sameFile(a, b, FolderLayout.RUN_JSON) || !sameFile(a, b, FolderLayout.CHECKS_JSON)) {
            return false;
        }
        // run.json is written last and names the finished run; without it only the log tells two
        // unfinished folders of one name apart.
        return Files.exists(a.resolve(FolderLayout.RUN_JSON)) || sameFile(a, b, FolderLayout.RUN_LOG);
    }

    /**
     * Whether {@code file} is absent from both folders or a regular file of the same bytes in both.
     * A file that cannot be read counts as differing: both folders are then kept, and their pages say
     * what is wrong.
     */
    private static boolean sameFile(Path a, Path b, String file) {
        Path inA = a.resolve(file);
        Path inB = b.resolve(file);
        try {
            BasicFileAttributes attributesA = attributes(inA);
            BasicFileAttributes attributesB = attributes(inB);
            if (attributesA == null || attributesB == null) {
                return attributesA == attributesB;
            }
            return attributesA.isRegularFile() && attributesB.isRegularFile()
                    && attributesA.size() == attributesB.size() && Files.mismatch(inA, inB) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
