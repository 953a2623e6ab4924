package ovc.run.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Writes the site's pages as UTF-8 files, and removes run pages a previous report left behind. */
final class PageWriter {

    private PageWriter() {}

    /** Writes {@code page} to {@code file}, replacing it. */
    static void write(Path file, String page) {
        try {
            Files.write(file, page.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the {@code .html} files of {@code pagesFolder} not named in {@code written}: pages of
     * runs that are no longer read, so the site is what these folders give and nothing else.
     */
    static void removeOthers(Path pagesFolder, Set<String> written) throws IOException {
        try (DirectoryStream<Path> pages = Files.newDirectoryStream(pagesFolder, "*.html")) {
            for (Path page : pages) {
                if (!written.contains(page.getFileName().toString())) {
                    Files.delete(page);
                }
            }
        }
    }
}
