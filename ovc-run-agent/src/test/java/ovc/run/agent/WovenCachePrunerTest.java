package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WovenCachePrunerTest {

    @TempDir
    Path folder;

    private Path entry(String name, int size, long writtenMillis) throws IOException {
        Path file = Files.write(folder.resolve(name), new byte[size]);
        Files.setLastModifiedTime(file, FileTime.fromMillis(writtenMillis));
        return file;
    }

    @Test
    void deletesOldestEntriesUntilTheRestFit() throws IOException {
        Path oldest = entry("a.ovcw", 400, 1_000);
        Path middle = entry("b.ovcw", 400, 2_000);
        Path newest = entry("c.ovcw", 400, 3_000);

        assertThat(WovenCachePruner.prune(folder, ".ovcw", 800)).isEqualTo(1);

        assertThat(oldest).doesNotExist();
        assertThat(middle).exists();
        assertThat(newest).exists();
    }

    @Test
    void withinTheLimitNothingIsDeleted() throws IOException {
        Path one = entry("a.ovcw", 400, 1_000);
        Path two = entry("b.ovcw", 400, 2_000);

        assertThat(WovenCachePruner.prune(folder, ".ovcw", 800)).isZero();

        assertThat(one).exists();
        assertThat(two).exists();
    }

    @Test
    void leavesEverythingButRegularEntriesAlone() throws IOException {
        Path foreign = entry("notes.txt", 10_000, 1);
        Path target = entry("target.bin", 10_000, 1);
        Path link = Files.createSymbolicLink(folder.resolve("link.ovcw"), target);
        Path entry = entry("a.ovcw", 500, 5_000);
        Path older = entry("b.ovcw", 500, 4_000);

        assertThat(WovenCachePruner.prune(folder, ".ovcw", 600)).isEqualTo(1);

        assertThat(older).doesNotExist();
        assertThat(entry).exists();
        assertThat(foreign).exists();
        assertThat(link).exists();
        assertThat(target).exists();
    }
}
