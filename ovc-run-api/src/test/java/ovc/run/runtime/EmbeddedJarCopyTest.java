package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of an embedded jar is used only while it holds exactly the entry's bytes. */
class EmbeddedJarCopyTest {

    private static final String ENTRY = "META-INF/ovc-run/library.jar";

    @TempDir
    Path tmp;
    private byte[] library;
    private Path carrier;

    @BeforeEach
    void aJarCarryingAStoredJar() throws Exception {
        library = new byte[50_000];
        new Random(11).nextBytes(library);
        carrier = tmp.resolve("carrier.jar");
        try (ZipOutputStream jar = new ZipOutputStream(Files.newOutputStream(carrier))) {
            ZipEntry entry = new ZipEntry(ENTRY);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(library.length);
            CRC32 crc = new CRC32();
            crc.update(library);
            entry.setCrc(crc.getValue());
            jar.putNextEntry(entry);
            jar.write(library);
            jar.closeEntry();
        }
    }

    @Test
    void aCopyOfTheRightSizeWithOtherBytesIsWrittenAgain() throws Exception {
        Path folder = tmp.resolve("cache");
        Path copy = copy(folder);
        byte[] changed = library.clone();
        changed[changed.length / 2] ^= 0x01;
        Files.write(copy, changed);

        assertThat(copy(folder)).isEqualTo(copy);

        assertThat(Files.readAllBytes(copy)).isEqualTo(library);
    }

    @Test
    void anEntryThatDoesNotReadBackWithItsCrcIsNotCopied() throws Exception {
        byte[] raw = Files.readAllBytes(carrier);
        int at = indexOf(raw, Arrays.copyOf(library, 64));
        raw[at + 100] ^= 0x01; // the stored bytes, not the CRC the central directory records
        Files.write(carrier, raw);
        Path folder = tmp.resolve("cache");

        assertThatThrownBy(() -> copy(folder)).isInstanceOf(IOException.class).hasMessageContaining("CRC");

        try (var files = Files.list(folder)) {
            assertThat(files).as("no copy, and no temporary file left behind").isEmpty();
        }
    }

    @Test
    void anEntryWithoutARecordedCrcIsRefused() {
        ZipEntry unknown = new ZipEntry(ENTRY);

        assertThatThrownBy(() -> {
            try (JarFile jar = new JarFile(carrier.toFile())) {
                EmbeddedJarCopy.in(tmp.resolve("cache"), "library", jar, unknown);
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("no recorded size or CRC");
    }

    private Path copy(Path folder) throws IOException {
        try (JarFile jar = new JarFile(carrier.toFile())) {
            return EmbeddedJarCopy.in(folder, "library", jar, jar.getEntry(ENTRY));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("the stored bytes are not in the jar");
    }
}
