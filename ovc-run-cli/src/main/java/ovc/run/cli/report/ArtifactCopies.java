package ovc.run.cli.report;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import ovc.run.format.FolderLayout;

/**
 * Copies the artifacts that evidence points at into the site, under
 * {@code files/<run page>/artifacts/...}, so the site links them relatively and stays whole when
 * it is uploaded or moved without the run folders.
 */
final class ArtifactCopies {

    static final String FOLDER = "files";

    private ArtifactCopies() {}

    /**
     * Copies {@code file}, an artifact of {@code runFolder} that {@code EvidenceTargets} accepted
     * (inside its {@code artifacts/}), for the run page {@code page} of the site in {@code site}.
     *
     * @return the link from the run's page to the copy, each step percent-encoded
     * @throws IOException when it cannot be copied
     */
    static String copy(Path site, String page, Path runFolder, Path file) throws IOException {
        Path inArtifacts = runFolder.toRealPath().resolve(FolderLayout.ARTIFACTS).relativize(file.toRealPath());
        String base = page.substring(0, page.length() - ".html".length());
        Path target = site.resolve(FOLDER).resolve(base).resolve(FolderLayout.ARTIFACTS).resolve(inArtifacts.toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        StringBuilder link = new StringBuilder("../").append(FOLDER).append('/').append(base).append('/')
                .append(FolderLayout.ARTIFACTS);
        for (Path step : inArtifacts) {
            link.append('/').append(Html.uriComponent(step.toString()));
        }
        return link.toString();
    }

    /** Deletes the copies a previous report made, so only this report's remain. */
    static void clear(Path site) throws IOException {
        Path folder = site.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException error) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
