package ovc.run.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;

/**
 * Writes the site's pages as UTF-8 files, and removes run pages a previous report left behind. A
 * page already holding the same bytes is left alone, and one that differs is deleted and created
 * anew rather than truncated: on ext4 truncating a file and writing it again makes the close wait
 * for its blocks to be written out (the replace-by-truncate safeguard), which made a report over an
 * existing site spend most of its time in {@code open}.
 */
final class PageWriter {

    private PageWriter() {}

    /** Writes {@code page} to {@code file}, replacing it. */
    static void write(Path file, String page) {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        try {
            try {
                create(file, bytes);
            } catch (FileAlreadyExistsException e) {
                if (sameBytes(file, bytes)) {
                    return;
                }
                Files.delete(file);
                create(file, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        // A link in its place is replaced, never followed: the site holds files only.
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
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
