package ovc.run.cli.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a page replaces what an earlier report left in its place. */
class PageWriterTest {

    @TempDir
    Path dir;

    @Test
    void aChangedPageIsOverwrittenInPlaceShorterOrLonger() throws Exception {
        Path page = dir.resolve("run.html");
        PageWriter.write(page, "x".repeat(60));
        Object inode = Files.readAttributes(page, "unix:ino").get("ino");
        // A file still open elsewhere: the page written in place is the one it reads; a page deleted
        // and created anew would leave it reading the old bytes.
        try (FileChannel reader = FileChannel.open(page, StandardOpenOption.READ)) {
            PageWriter.write(page, "shorter");
            assertThat(content(reader)).isEqualTo("shorter");
            PageWriter.write(page, "y".repeat(90));
            assertThat(content(reader)).isEqualTo("y".repeat(90));
        }
        assertThat(Files.readAttributes(page, "unix:ino").get("ino")).isEqualTo(inode);
        assertThat(Files.readString(page)).isEqualTo("y".repeat(90));
    }

    @Test
    void anIdenticalPageIsLeftAlone() throws Exception {
        Path page = dir.resolve("run.html");
        PageWriter.write(page, "same");
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(page, past);
        PageWriter.write(page, "same");
        assertThat(Files.getLastModifiedTime(page)).isEqualTo(past);
    }

    @Test
    void aHardLinkedPageIsReplacedSoTheOtherLinkKeepsItsBytes() throws Exception {
        Path page = dir.resolve("run.html");
        PageWriter.write(page, "first report");
        Path snapshot = Files.createLink(dir.resolve("snapshot.html"), page);
        PageWriter.write(page, "second report");
        assertThat(Files.readString(page)).isEqualTo("second report");
        assertThat(Files.readString(snapshot)).isEqualTo("first report");
    }

    @Test
    void aSymbolicLinkInThePagesPlaceIsReplacedNeverFollowed() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not the site's");
        Path page = Files.createSymbolicLink(dir.resolve("run.html"), elsewhere);
        PageWriter.write(page, "the page");
        assertThat(page).isRegularFile();
        assertThat(Files.isSymbolicLink(page)).isFalse();
        assertThat(Files.readString(page)).isEqualTo("the page");
        assertThat(Files.readString(elsewhere)).isEqualTo("not the site's");
    }

    private static String content(FileChannel reader) throws Exception {
        ByteBuffer bytes = ByteBuffer.allocate((int) reader.size());
        while (bytes.hasRemaining() && reader.read(bytes, bytes.position()) >= 0) {
            // read until the buffer is full
        }
        return new String(bytes.array(), UTF_8);
    }
}
