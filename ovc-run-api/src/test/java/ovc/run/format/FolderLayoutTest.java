package ovc.run.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ovc.run.artifact.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers recognise the temporary files AtomicFiles leaves when a write is cut short, and nothing else. */
class FolderLayoutTest {

    @TempDir
    Path dir;

    @Test
    void theTemporaryFileOfAnInterruptedWriteIsRecognised() throws IOException {
        Path target = dir.resolve(FolderLayout.RUN_JSON);
        List<String> seen = new ArrayList<>();
        try {
            AtomicFiles.write(target, (OutputStream out) -> {
                out.write('{');
                try (Stream<Path> files = Files.list(dir)) {
                    files.forEach(file -> seen.add(file.getFileName().toString()));
                }
                throw new IOException("cut short");
            });
        } catch (IOException expected) {
            // The write failed, as a kill would end it.
        }

        assertThat(seen).hasSize(1);
        assertThat(FolderLayout.isTemporary(seen.get(0))).as(seen.get(0)).isTrue();
        assertThat(seen.get(0)).startsWith("." + FolderLayout.RUN_JSON + ".");
        assertThat(target).doesNotExist();
    }

    @Test
    void theFormatsOwnFilesAreNotTemporary() {
        for (String name : new String[] {FolderLayout.RUN_JSON, FolderLayout.CHECKS_JSON, FolderLayout.RUN_LOG,
                FolderLayout.ARTIFACTS, "checks.jsonl", ".tmp", "..tmp", "notes.tmp", ".hidden"}) {
            assertThat(FolderLayout.isTemporary(name)).as(name).isFalse();
        }
        assertThat(FolderLayout.isTemporary(FolderLayout.temporaryName(FolderLayout.CHECKS_JSON, "1f-2"))).isTrue();
    }
}
