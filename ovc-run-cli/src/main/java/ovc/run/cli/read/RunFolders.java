package ovc.run.cli.read;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import ovc.run.format.FolderLayout;
import ovc.run.format.RunId;

/** Finds run folders: every folder under a reports folder, or the one a run_id or path names. */
public final class RunFolders {

    /** Newest first: by the time in the run_id (or started_utc), then by name, descending. */
    public static final Comparator<RunFolder> NEWEST_FIRST = newestFirst(RunFolder::started, RunFolder::name);

    private RunFolders() {}

    /**
     * The order of {@link #NEWEST_FIRST} for anything that knows a run's start ({@code null}: unknown,
     * oldest) and its folder's name.
     */
    public static <T> Comparator<T> newestFirst(Function<T, Instant> started, Function<T, String> name) {
        return Comparator.comparing((T run) -> {
            Instant time = started.apply(run);
            return time == null ? Instant.EPOCH : time;
        }).thenComparing(name).reversed();
    }

    /**
     * The run folders directly under {@code reports}, sorted by name; hidden folders (a leading
     * {@code .}) are skipped. A missing reports folder holds no runs.
     *
     * @throws IOException when the folder exists but cannot be listed
     */
    public static List<Path> list(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return new ArrayList<>();
        }
        // Sorted by names taken once: a comparator taking them would make two strings per comparison.
        TreeMap<String, Path> folders = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(reports)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && Files.isDirectory(entry)) {
                    folders.put(name, entry);
                }
            }
        }
        return new ArrayList<>(folders.values());
    }

    /**
     * The run folder {@code reference} names: an existing path (relative to {@code workingDirectory}),
     * else a run_id under {@code reports}.
     *
     * @return the folder, or {@code null} when neither exists
     */
    public static Path find(String reference, Path workingDirectory, Path reports) {
        Path asPath = workingDirectory.resolve(reference).normalize();
        if (Files.isDirectory(asPath)) {
            return asPath;
        }
        if (!reference.contains("/") && !reference.contains("\\")) {
            Path asId = reports.resolve(reference);
            if (Files.isDirectory(asId)) {
                return asId;
            }
        }
        return null;
    }

    /** Whether {@code folder} looks like one run rather than a folder of runs. */
    public static boolean isRunFolder(Path folder) {
        return (folder.getFileName() != null && RunId.isValid(folder.getFileName().toString()))
                || Files.exists(folder.resolve(FolderLayout.RUN_JSON))
                || Files.exists(folder.resolve(FolderLayout.RUN_LOG))
                || Files.exists(folder.resolve(FolderLayout.CHECKS_JSON));
    }
}
