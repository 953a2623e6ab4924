package ovc.run.artifact;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that a reader sees either nothing or the whole content, never half. */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * Writes {@code content} to a temporary file beside {@code target}, then renames it into place.
     *
     * @throws IOException when the folder cannot be written; no partial target is left
     */
    public static void write(Path target, String content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes the text of a file, in UTF-8. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Streams {@code content} to a temporary file beside {@code target}, then renames it into place.
     *
     * @throws IOException when the folder cannot be written; no partial target is left
     */
    public static void write(Path target, Content content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
