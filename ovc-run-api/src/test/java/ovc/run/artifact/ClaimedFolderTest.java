package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of a claimed folder land in that folder, whatever its path leads to later. */
class ClaimedFolderTest {

    @TempDir
    Path work;

    @Test
    void aFolderSwappedForALinkStillReceivesTheFilesAndTheTargetNothing() throws Exception {
        Path claimed = Files.createDirectory(work.resolve("run"));
        Path other = Files.createDirectory(work.resolve("other"));
        ClaimedFolder folder = ClaimedFolder.open(work, "run");
        Path moved = Files.move(claimed, work.resolve("run.moved"));
        Files.createSymbolicLink(claimed, other);

        folder.writeJson("run.json", Map.of("a", 1));
        folder.release();

        try (var files = Files.list(other)) {
            assertThat(files).as("the link's target").isEmpty();
        }
        assertThat(Files.readString(moved.resolve("run.json"))).contains("\"a\": 1");
    }

    @Test
    void anInterruptedThreadStillWritesAndStaysInterrupted() throws Exception {
        Files.createDirectory(work.resolve("run"));
        ClaimedFolder folder = ClaimedFolder.open(work, "run");

        Thread.currentThread().interrupt();
        try {
            folder.writeJson("checks.json", Map.of("b", 2));
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the pipeline").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(Files.readString(work.resolve("run/checks.json"))).contains("\"b\": 2");
        try (var files = Files.list(work.resolve("run"))) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }
        folder.release();
    }
}
