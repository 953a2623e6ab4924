package ovc.run.cli.report;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ovc.run.format.FolderLayout;

/**
 * Copies the artifacts that evidence points at into the site, under
 * {@code files/<run page>/artifacts/...}, so the site links them relatively and stays whole when
 * it is uploaded or moved without the run folders. One report's copies: a copy an earlier report
 * left that already holds the artifact's bytes is kept as it is, and only the copies this report did
 * not make are removed at the end. Deleting them all and copying them again freed and allocated
 * three inodes per artifact (file and two folders) on every report over the same site; on a file
 * system without a journal each allocation scans past the inodes freed in the last minute, so each
 * report over the site was slower than the one before.
 */
final class ArtifactCopies {

    static final String FOLDER = "files";

    private final Path site;
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    /** The copies of a report writing the site in {@code site}, an absolute, normal path. */
    ArtifactCopies(Path site) {
        this.site = site;
    }

    /**
     * Copies {@code file}, an artifact of {@code runFolder} that {@code EvidenceTargets} accepted
     * (inside its {@code artifacts/}), for the run page {@code page}.
     *
     * @return the link from the run's page to the copy, each step percent-encoded
     * @throws IOException when it cannot be copied
     */
    String copy(String page, Path runFolder, Path file) throws IOException {
        Path inArtifacts = runFolder.toRealPath().resolve(FolderLayout.ARTIFACTS).relativize(file.toRealPath());
        String base = page.substring(0, page.length() - ".html".length());
        Path target = site.resolve(FOLDER).resolve(base).resolve(FolderLayout.ARTIFACTS).resolve(inArtifacts.toString());
        try {
            place(file, target);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // An earlier report's copy of another shape in the way: a file where a folder goes, or the reverse.
            clearWay(site.resolve(FOLDER).resolve(base), target);
            place(file, target);
        }
        made.add(target);
        StringBuilder link = new StringBuilder("../").append(FOLDER).append('/').append(base).append('/')
                .append(FolderLayout.ARTIFACTS);
        for (Path step : inArtifacts) {
            link.append('/').append(Html.uriComponent(step.toString()));
        }
        return link.toString();
    }

    private static void place(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (!sameBytes(file, target)) {
            // Replaces a link in its place rather than following it: the site holds files only.
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes what is not a folder on the way from {@code from} to {@code target}, and {@code target} itself. */
    private static void clearWay(Path from, Path target) throws IOException {
        for (Path step = target.getParent(); step.startsWith(from); step = step.getParent()) {
            if (Files.exists(step, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(step, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(step);
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            prune(target, Set.of());
        }
    }

    /** Whether {@code copy} is a regular file, not a link, holding the bytes of {@code file}. */
    private static boolean sameBytes(Path file, Path copy) throws IOException {
        BasicFileAttributes existing;
        try {
            existing = Files.readAttributes(copy, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        return existing.isRegularFile() && existing.size() == Files.size(file) && Files.mismatch(file, copy) == -1;
    }

    /**
     * Deletes what {@code files/} holds besides this report's copies (copies of artifacts no
     * longer pointed at, by runs no longer read), and the folders that leaves empty.
     */
    void removeOthers() throws IOException {
        Path folder = site.resolve(FOLDER);
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            prune(folder, made);
        }
    }

    /** Deletes the files under {@code folder} that {@code kept} does not hold, and the folders that leaves empty. */
    private static void prune(Path folder, Set<Path> kept) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!kept.contains(file)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException error) throws IOException {
                if (error != null) {
                    throw error;
                }
                if (isEmpty(directory)) {
                    Files.delete(directory);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return !entries.iterator().hasNext();
        }
    }
}
