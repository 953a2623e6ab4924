package ovc.run.artifact;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** Writes a file so that a reader sees either nothing or the whole content, never half. */
public final class AtomicFiles {

    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {}

    /**
     * Writes {@code content} to a temporary file beside {@code target}, then renames it into place.
     *
     * @throws IOException when the folder cannot be written; no partial target is left
     */
    public static void write(Path target, String content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Streams a JSON tree to {@code target} as {@link CanonicalJson} text, atomically. */
    public static void writeJson(Path target, Object tree) throws IOException {
        write(target, new Content() {
            @Override
            public void writeTo(Writer out) throws IOException {
                CanonicalJson.write(tree, out);
            }
        });
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
        Path temp = null;
        OutputStream stream = null;
        // Not Files.createTempFile: its SecureRandom costs a run's start-up more than all the rest
        // of writing the file. CREATE_NEW still refuses a name another writer holds: take the next.
        for (int attempt = 0; stream == null; attempt++) {
            temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                    + "-" + COUNTER.incrementAndGet() + ".tmp");
            try {
                stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
