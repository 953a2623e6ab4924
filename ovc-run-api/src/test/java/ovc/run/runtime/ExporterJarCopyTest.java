package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded exporter jar is inflated once into the user's cache and reused, only where no one
 * else could have written it; else it is a temporary copy.
 */
class ExporterJarCopyTest {

    @TempDir
    Path tmp;
    private byte[] exporter;
    private URL embedded;

    @BeforeEach
    void agentJarCarryingAnExporter() throws Exception {
        exporter = new byte[200_000];
        new Random(7).nextBytes(exporter);
        Path agent = tmp.resolve("agent.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(agent))) {
            jar.putNextEntry(new JarEntry(EmbeddedExporter.EMBEDDED_JAR));
            jar.write(exporter);
            jar.closeEntry();
        }
        embedded = URI.create("jar:" + agent.toUri() + "!/" + EmbeddedExporter.EMBEDDED_JAR).toURL();
    }

    @Test
    void theFirstProcessWritesAnOwnerOnlyCopyNamedByItsContentAndLaterOnesReuseIt() throws Exception {
        Path cache = tmp.resolve("cache/ovc-run");

        Path first = Path.of(ExporterJarCopy.of(embedded, cache).toURI());

        assertThat(first.getParent()).isEqualTo(cache.resolve("exporter"));
        assertThat(first.getFileName().toString()).matches("ovc-run-openlineage-[0-9a-f]{8}-200000\\.jar");
        assertThat(Files.readAllBytes(first)).isEqualTo(exporter);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.getParent()))).isEqualTo("rwx------");
        FileTime written = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(first, written);

        Path again = Path.of(ExporterJarCopy.of(embedded, cache).toURI());

        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(again)).as("not written again").isEqualTo(written);
        try (var files = Files.list(first.getParent())) {
            assertThat(files).containsExactly(first);
        }
    }

    @Test
    void aCopyCutShortIsWrittenAgain() throws Exception {
        Path cache = tmp.resolve("cache");
        Path copy = Path.of(ExporterJarCopy.of(embedded, cache).toURI());
        Files.write(copy, new byte[] {1, 2, 3});

        assertThat(Path.of(ExporterJarCopy.of(embedded, cache).toURI())).isEqualTo(copy);

        assertThat(Files.readAllBytes(copy)).isEqualTo(exporter);
    }

    @Test
    void anotherVersionsCopyLeftForADayIsRemovedAndARecentOneKept() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("cache/exporter"));
        Path stale = Files.write(folder.resolve("ovc-run-openlineage-00000001-10.jar"), new byte[10]);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(2 * 24 * 3600)));
        Path recent = Files.write(folder.resolve("ovc-run-openlineage-00000002-10.jar"), new byte[10]);
        Path unrelated = Files.write(folder.resolve("notes.txt"), new byte[1]);
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minusSeconds(2 * 24 * 3600)));

        Path copy = Path.of(ExporterJarCopy.of(embedded, tmp.resolve("cache")).toURI());

        assertThat(copy).exists();
        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void aCopyOthersMayWriteOrALinkInItsPlaceIsWrittenAgainAsAnOwnerOnlyFile() throws Exception {
        Path cache = tmp.resolve("cache");
        Path copy = Path.of(ExporterJarCopy.of(embedded, cache).toURI());
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-rw-rw-"));

        assertThat(Path.of(ExporterJarCopy.of(embedded, cache).toURI())).isEqualTo(copy);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");

        Path elsewhere = Files.write(tmp.resolve("planted.jar"), new byte[exporter.length]);
        Files.delete(copy);
        Files.createSymbolicLink(copy, elsewhere);

        assertThat(Path.of(ExporterJarCopy.of(embedded, cache).toURI())).isEqualTo(copy);
        assertThat(Files.isSymbolicLink(copy)).isFalse();
        assertThat(Files.readAllBytes(copy)).isEqualTo(exporter);
        assertThat(Files.readAllBytes(elsewhere)).as("the link's target left alone").isEqualTo(new byte[exporter.length]);
    }

    @Test
    void aCacheFolderOthersMayWriteIsNotUsed() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("shared/exporter"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        Path copy = Path.of(ExporterJarCopy.of(embedded, tmp.resolve("shared")).toURI());

        assertThat(copy.getParent()).isNotEqualTo(folder);
        assertThat(Files.readAllBytes(copy)).isEqualTo(exporter);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        Files.delete(copy);
    }

    @Test
    void withoutACacheOrWithOneThatCannotBeWrittenItIsATemporaryCopy() throws Exception {
        Path blocked = tmp.resolve("blocked");
        try (OutputStream out = Files.newOutputStream(blocked)) {
            out.write(1); // a file where the cache's folder would be
        }

        for (Path cache : new Path[] {null, blocked}) {
            Path copy = Path.of(ExporterJarCopy.of(embedded, cache).toURI());

            assertThat(copy.toString()).doesNotStartWith(tmp.toString());
            assertThat(Files.readAllBytes(copy)).isEqualTo(exporter);
            Files.delete(copy);
        }
    }
}
