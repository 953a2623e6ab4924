package ovc.run.artifact;

import java.io.BufferedWriter;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import ovc.run.json.CanonicalJson;
import ovc.run.format.FolderLayout;

/** Writes a file so that a reader sees either nothing or the whole content, never half. */
public final class AtomicFiles {

    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {}

    /**
     * Writes {@code content} in UTF-8 to a temporary file beside {@code target}, then renames it into place.
     *
     * @throws IOException when the folder cannot be written; no partial target is left
     */
    public static void write(Path target, String content) throws IOException {
        write(target, new Bytes(Objects.requireNonNull(content, "content").getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code content} atomically, the file created with {@code attributes} (for instance
     * owner-only permissions, set before a byte is written).
     *
     * @throws IOException when the folder cannot be written; no partial target is left
     */
    public static void write(Path target, byte[] content, FileAttribute<?>... attributes) throws IOException {
        write(target, new Bytes(content), attributes);
    }

    /** Streams a JSON tree to {@code target} as {@link CanonicalJson} text, atomically. */
    public static void writeJson(Path target, Object tree) throws IOException {
        write(target, new Json(tree));
    }

    /** Writes the bytes of a file. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}, which the caller closes. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Streams {@code content} to a temporary file beside {@code target}, created with
     * {@code attributes}, then renames it into place.
     *
     * @throws IOException when the folder cannot be written; no partial target is left
     */
    public static void write(Path target, Content content, FileAttribute<?>... attributes) throws IOException {
        Objects.requireNonNull(content, "content");
        // A file created with attributes is written through a channel, which gives up on an
        // interrupted thread (ClosedByInterruptException); the thread that loads a class or
        // finishes a run may well be one: the flag is set aside for the write and put back after.
        boolean interrupted = Thread.interrupted();
        try {
            writeUninterrupted(target, content, attributes);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void writeUninterrupted(Path target, Content content, FileAttribute<?>... attributes)
            throws IOException {
        Path temp = null;
        OutputStream stream = null;
        // Not Files.createTempFile: its SecureRandom costs a run's start-up more than all the rest
        // of writing the file. CREATE_NEW still refuses a name another writer holds: take the next.
        for (int attempt = 0; stream == null; attempt++) {
            temp = target.resolveSibling(FolderLayout.temporaryName(target.getFileName().toString(),
                    Long.toHexString(System.nanoTime()) + "-" + COUNTER.incrementAndGet()));
            try {
                stream = createNew(temp, attributes);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
        boolean moved = false;
        try {
            try (OutputStream out = stream) {
                content.writeTo(out);
            }
            move(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    // Classes rather than lambdas: the first lambda a JVM links costs a run's start milliseconds.
    private static final class Bytes implements Content {
        private final byte[] bytes;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
        }
    }

    static final class Json implements Content {
        private final Object tree;

        Json(Object tree) {
            this.tree = tree;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CanonicalJson.write(tree, text);
            text.flush();
        }
    }

    /**
     * Creates {@code file}, which must not exist (atomically, as {@code CREATE_NEW}), and opens it
     * for writing. Through java.io on the default file system: {@code Files.newOutputStream} and
     * {@code FileChannel.open} go through a FileChannel, whose thirty-odd JDK classes cost a run's
     * start about 2.5 ms, while java.io's file streams are loaded before any program starts. A file
     * created with {@code attributes} (which java.io cannot set at creation) goes through {@code Files}.
     *
     * @throws FileAlreadyExistsException when {@code file} exists
     */
    static OutputStream createNew(Path file, FileAttribute<?>... attributes) throws IOException {
        if (file.getFileSystem() != FileSystems.getDefault() || attributes.length > 0) {
            return Channels.newOutputStream(Files.newByteChannel(file,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes));
        }
        File plain = file.toFile();
        if (!plain.createNewFile()) {
            throw new FileAlreadyExistsException(file.toString());
        }
        return new FileOutputStream(plain, true);
    }

    /**
     * Renames {@code temp} over {@code target} atomically. {@code File.renameTo} is the same
     * rename(2) as {@code Files.move(ATOMIC_MOVE)} without loading its copy machinery; when it
     * reports failure (another file system, a folder in the way, Windows and an existing target),
     * {@code Files.move} does the move or throws the exception that says why.
     */
    private static void move(Path temp, Path target) throws IOException {
        if (temp.getFileSystem() == FileSystems.getDefault() && temp.toFile().renameTo(target.toFile())) {
            return;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
