package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file writes land whole, whatever state the writing thread is in. */
class AtomicFilesTest {

    @TempDir
    Path work;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aFileWithAttributesIsWrittenOnAnInterruptedThreadAndTheInterruptIsKept() throws Exception {
        Path target = work.resolve("entry.bin");

        Thread.currentThread().interrupt();
        AtomicFiles.write(target, "woven".getBytes(StandardCharsets.UTF_8),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));

        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        assertThat(Files.readString(target)).isEqualTo("woven");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        try (var files = Files.list(work)) {
            assertThat(files).as("no temporary file left").containsExactly(target);
        }
    }

    @Test
    void aPlainFileIsWrittenOnAnInterruptedThreadToo() throws Exception {
        Path target = work.resolve("run.json");

        Thread.currentThread().interrupt();
        AtomicFiles.writeJson(target, java.util.Map.of("a", 1));

        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(Files.readString(target)).isEqualTo("{\n  \"a\": 1\n}\n");
    }
}
