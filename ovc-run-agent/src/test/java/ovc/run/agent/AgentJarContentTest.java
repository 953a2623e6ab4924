package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent jar's content fingerprint: the same bytes anywhere give it, any changed entry does not. */
class AgentJarContentTest {

    @TempDir
    Path dir;

    private Path jar(String name, String content, String comment) throws IOException {
        Path jar = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("ovc/run/agent/AdviceWeaver.class"));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            out.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            if (comment != null) {
                out.setComment(comment);
            }
        }
        return jar;
    }

    @Test
    void theSameJarAtAnotherPathAndTimeHasTheSameFingerprint() throws IOException {
        Path here = jar("here.jar", "weaving code v1", null);
        Path copy = Files.copy(here, Files.createDirectories(dir.resolve("elsewhere")).resolve("agent.jar"));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(0));

        assertThat(AgentJarContent.of(here)).isNotNull().hasSize(16).isEqualTo(AgentJarContent.of(copy));
    }

    @Test
    void aChangedEntryOfTheSameSizeChangesIt() throws IOException {
        byte[] v1 = AgentJarContent.of(jar("v1.jar", "weaving code v1", null));
        byte[] v2 = AgentJarContent.of(jar("v2.jar", "weaving code v2", null));

        assertThat(Files.size(dir.resolve("v1.jar"))).isEqualTo(Files.size(dir.resolve("v2.jar")));
        assertThat(v2).isNotEqualTo(v1);
    }

    @Test
    void aCommentHoldingTheEndSignatureIsNotTakenForTheEnd() throws IOException {
        // "PK\5\6" and a few bytes inside the comment: only the real record's comment length reaches the end.
        String fake = "PK\u0005\u0006" + "x".repeat(30);
        byte[] plain = AgentJarContent.of(jar("plain.jar", "weaving code v1", null));
        byte[] commented = AgentJarContent.of(jar("commented.jar", "weaving code v1", fake));

        assertThat(commented).isNotNull().isEqualTo(plain);
    }

    @Test
    void aFileThatIsNoZipHasNone() throws IOException {
        Path text = Files.writeString(dir.resolve("not.jar"), "not a zip at all");
        Path empty = Files.write(dir.resolve("empty.jar"), new byte[0]);

        assertThat(AgentJarContent.of(text)).isNull();
        assertThat(AgentJarContent.of(empty)).isNull();
    }
}
