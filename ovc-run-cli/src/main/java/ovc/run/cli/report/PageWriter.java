package ovc.run.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Writes the site's pages as UTF-8 files, and removes run pages a previous report left behind. A
 * page already holding the same bytes is left alone. One that differs is overwritten in place and
 * cut to its new length, never truncated to zero first (on ext4 a file truncated to zero and written
 * again makes its close wait for the blocks to be written out) nor deleted and created again (a new
 * inode: on a file system without a journal each allocation scans past every inode freed in the last
 * minute, which made a rewrite slower the more pages changed).
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
                if (!overwrite(file, bytes)) {
                    replace(file, bytes);
                }
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

    /**
     * Makes the existing {@code file} hold {@code bytes} in place, leaving it alone when it already does.
     *
     * @return {@code false} when it must be {@linkplain #replace replaced} instead: a link or anything
     *     but a regular file (replaced, never followed: the site holds files only), a file with other
     *     hard links (a {@code cp -al} snapshot of an earlier site keeps its bytes), or one this user
     *     may not write
     */
    private static boolean overwrite(Path file, byte[] bytes) throws IOException {
        // Without a unix view (Windows) there is no link count, and no hard link to keep.
        boolean unix = file.getFileSystem().supportedFileAttributeViews().contains("unix");
        Map<String, Object> attributes = Files.readAttributes(file, unix ? "unix:isRegularFile,nlink" : "isRegularFile",
                LinkOption.NOFOLLOW_LINKS);
        Object links = attributes.get("nlink");
        if (!Boolean.TRUE.equals(attributes.get("isRegularFile")) || (links != null && (Integer) links != 1)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() == bytes.length && sameBytes(channel, bytes)) {
                return true;
            }
            ByteBuffer content = ByteBuffer.wrap(bytes);
            while (content.hasRemaining()) {
                channel.write(content, content.position());
            }
            channel.truncate(bytes.length);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Leaves {@code file} alone when it is a regular file of {@code bytes}, else deletes it and creates it anew. */
    private static void replace(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.delete(file);
        create(file, bytes);
    }

    private static boolean sameBytes(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer existing = ByteBuffer.allocate(bytes.length);
        while (existing.hasRemaining()) {
            if (channel.read(existing, existing.position()) < 0) {
                return false;
            }
        }
        return existing.flip().equals(ByteBuffer.wrap(bytes));
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
