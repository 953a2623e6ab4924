package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WovenCacheTest {

    @TempDir
    Path temp;

    private final byte[] original = "original class bytes".getBytes(StandardCharsets.UTF_8);
    private final byte[] woven = "woven class bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void storedBytesComeBackForTheSameClassFileOnly() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);

        assertThat(cache.lookup("com/acme/Job", original)).isEqualTo(woven);
        assertThat(cache.lookup("com/acme/Job", "changed".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(cache.lookup("com/acme/Other", original)).isNull();
        assertThat(WovenCache.open(temp.resolve("cache")).lookup("com/acme/Job", original))
                .as("a later JVM reads what an earlier one wrote").isEqualTo(woven);
    }

    @Test
    void folderAndKeyAreOwnerOnly() throws IOException {
        WovenCache.open(temp.resolve("cache"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("cache")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("cache/key")))).isEqualTo("rw-------");
    }

    @Test
    void alteredEntryIsRejected() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);
        Path entry = entries(temp.resolve("cache")).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 1] ^= 1;
        Files.write(entry, bytes);

        assertThat(cache.lookup("com/acme/Job", original)).isNull();
    }

    @Test
    void entryWrittenWithAnotherKeyIsRejected() throws IOException {
        WovenCache mine = WovenCache.open(temp.resolve("mine"));
        WovenCache theirs = WovenCache.open(temp.resolve("theirs"));
        theirs.store("com/acme/Job", original, "their code".getBytes(StandardCharsets.UTF_8));
        Path entry = entries(temp.resolve("theirs")).get(0);
        Files.copy(entry, temp.resolve("mine").resolve(entry.getFileName()));

        assertThat(mine.lookup("com/acme/Job", original)).isNull();
    }

    @Test
    void folderWritableByOthersIsRefused() throws IOException {
        Path open = Files.createDirectory(temp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> WovenCache.open(open)).isInstanceOf(IOException.class).hasMessageContaining("open to others");
    }

    @Test
    void keyReadableByOthersIsRefused() throws IOException {
        WovenCache.open(temp.resolve("cache"));
        Files.setPosixFilePermissions(temp.resolve("cache/key"), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> WovenCache.open(temp.resolve("cache"))).isInstanceOf(IOException.class)
                .hasMessageContaining("open to others");
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".woven")).toList();
        }
    }
}
