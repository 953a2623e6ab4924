package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.runtime.OwnerOnlyFolder;

/** The jar's content fingerprint, remembered in the cache folder against the jar file's identity. */
class RememberedJarContentTest {

    private static final byte[] IDENTITY = "size+mtime+inode".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Path folder;
    private int owner;
    private Path jar;

    @BeforeEach
    void cacheFolderAndJar() throws IOException {
        folder = dir.resolve("cache");
        owner = OwnerOnlyFolder.open(folder);
        jar = dir.resolve("agent.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("ovc/run/agent/AdviceWeaver.class"));
            out.write("weaving code".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    @Test
    void theFirstReadIsRememberedAndTheNextComesFromTheFolder() throws IOException {
        byte[] first = RememberedJarContent.of(jar, IDENTITY, folder, owner);
        assertThat(first).isEqualTo(AgentJarContent.of(jar));
        assertThat(folder.resolve(RememberedJarContent.FILE)).isRegularFile();

        // The jar gone: what is remembered for the same identity is what is used.
        Files.delete(jar);
        assertThat(RememberedJarContent.of(jar, IDENTITY, folder, owner)).isEqualTo(first);
    }

    @Test
    void anotherIdentityReadsTheJarAgainAndIsRememberedInstead() throws IOException {
        byte[] first = RememberedJarContent.of(jar, IDENTITY, folder, owner);
        byte[] other = "another file".getBytes(StandardCharsets.UTF_8);

        assertThat(RememberedJarContent.of(jar, other, folder, owner)).isEqualTo(first);
        Files.delete(jar);
        assertThat(RememberedJarContent.of(jar, other, folder, owner)).isEqualTo(first);
    }

    @Test
    void aDamagedOrLooseFileIsNotBelieved() throws IOException {
        byte[] first = RememberedJarContent.of(jar, IDENTITY, folder, owner);
        Path file = folder.resolve(RememberedJarContent.FILE);
        byte[] stored = Files.readAllBytes(file);
        stored[stored.length - 6] ^= 0x01;
        Files.write(file, stored);
        assertThat(RememberedJarContent.of(jar, IDENTITY, folder, owner)).as("damaged: read from the jar again")
                .isEqualTo(first);

        // Remembered for this identity: another jar's content, in a file anyone may write.
        Path other = dir.resolve("other.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(other))) {
            out.putNextEntry(new ZipEntry("ovc/run/agent/AdviceWeaver.class"));
            out.write("other weaving code".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.delete(file);
        assertThat(RememberedJarContent.of(other, IDENTITY, folder, owner)).isNotEqualTo(first);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(RememberedJarContent.of(jar, IDENTITY, folder, owner)).as("writable by others: not read")
                .isEqualTo(first);
    }
}
