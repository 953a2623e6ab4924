package ovc.run.artifact;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import ovc.run.format.FolderLayout;

/**
 * A run folder held open from the moment it was claimed, so that the run's files land in that
 * folder even when someone replaces its path by a symlink (to another run's folder, say) before the
 * run finishes.
 *
 * <p>Where the JDK offers a {@link SecureDirectoryStream} (Linux, macOS), the folder is opened once,
 * without following links, and every file is created and renamed relative to that open folder
 * ({@code openat}, {@code renameat}): a swapped path is never looked at again. Elsewhere, each write
 * first checks that the path still leads, without following links, to the folder that was claimed
 * (the same file key), and refuses otherwise; that check and the write are two steps, which is the
 * best plain paths allow.
 */
public final class ClaimedFolder {

    private static final AtomicLong COUNTER = new AtomicLong();
    // Folder handles no longer needed, closed at the next claim in this JVM (or by the OS when it
    // ends). Not closed at once: on Java 25 closing a SecureDirectoryStream links a lambda, which
    // took a RunWriter run from 167 to ~700 loaded classes (StartupClassBudgetIT); the next claim
    // of a long-lived JVM pays that once, a one-run JVM never.
    private static final List<Closeable> RELEASED = new ArrayList<>();

    private final Path directory;
    private final SecureDirectoryStream<Path> open;
    private final Object fileKey;

    private ClaimedFolder(Path directory, SecureDirectoryStream<Path> open, Object fileKey) {
        this.directory = directory;
        this.open = open;
        this.fileKey = fileKey;
    }

    /**
     * Opens {@code name}, a folder just created inside {@code parent}, without following a link.
     *
     * @throws IOException when it is not a folder (a link put in its place) or cannot be opened
     */
    public static ClaimedFolder open(Path parent, String name) throws IOException {
        closeReleased();
        Path directory = parent.resolve(name);
        DirectoryStream<Path> reports = Files.newDirectoryStream(parent);
        try {
            if (reports instanceof SecureDirectoryStream) {
                // Held open, the folder needs no file key: nothing is looked up by its path again.
                return new ClaimedFolder(directory, ((SecureDirectoryStream<Path>) reports)
                        .newDirectoryStream(directory.getFileName(), LinkOption.NOFOLLOW_LINKS), null);
            }
        } finally {
            release(reports);
        }
        return new ClaimedFolder(directory, null, currentKey(directory));
    }

    /** The folder's path, as claimed: for messages and for readers, not for writing. */
    public Path directory() {
        return directory;
    }

    /** Streams a JSON tree to {@code name} in the folder as canonical JSON text, atomically. */
    public void writeJson(String name, Object tree) throws IOException {
        if (open == null) {
            requireStillClaimed();
            AtomicFiles.writeJson(directory.resolve(name), tree);
            return;
        }
        // A FileChannel gives up on an interrupted thread (ClosedByInterruptException), and a
        // pipeline may well finish on one: the flag is set aside for the write and put back after.
        boolean interrupted = Thread.interrupted();
        try {
            try {
                writeAtomically(name, new AtomicFiles.Json(tree));
            } catch (IOException e) {
                // instanceof, not a catch clause: the verifier would load three exception classes
                // for a catch clause on every run's finish.
                if (!(e instanceof ClosedByInterruptException)) {
                    throw e;
                }
                interrupted |= Thread.interrupted();
                writeAtomically(name, new AtomicFiles.Json(tree));
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void writeAtomically(String name, AtomicFiles.Content content) throws IOException {
        Path temp = null;
        SeekableByteChannel channel = null;
        for (int attempt = 0; channel == null; attempt++) {
            temp = Path.of(FolderLayout.temporaryName(name,
                    Long.toHexString(System.nanoTime()) + "-" + COUNTER.incrementAndGet()));
            try {
                // Set.of, not EnumSet: an EnumSet's first use reflects on the enum (160 classes on Java 25).
                channel = open.newByteChannel(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
        boolean moved = false;
        try {
            try (OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
            }
            open.move(temp, open, Path.of(name));
            moved = true;
        } finally {
            if (!moved) {
                try {
                    open.deleteFile(temp);
                } catch (IOException alreadyGone) {
                    // Nothing left to clean up.
                }
            }
        }
    }

    private void requireStillClaimed() throws IOException {
        Object now;
        try {
            now = currentKey(directory);
        } catch (IOException e) {
            now = null;
        }
        if (!Objects.equals(now, fileKey)) {
            throw new FileSystemException(directory.toString(), null,
                    "no longer the run folder that was claimed (replaced or removed); nothing is written there");
        }
    }

    private static Object currentKey(Path directory) throws IOException {
        return Files.readAttributes(directory, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    /** Lets go of the folder once the run's files are written; later writes fail. */
    public void release() {
        if (open != null) {
            release(open);
        }
    }

    private static void release(Closeable handle) {
        synchronized (RELEASED) {
            RELEASED.add(handle);
        }
    }

    private static void closeReleased() {
        synchronized (RELEASED) {
            for (int i = 0; i < RELEASED.size(); i++) {
                try {
                    RELEASED.get(i).close();
                } catch (IOException ignored) {
                    // A folder handle loses nothing on close: every file in it is written.
                }
            }
            RELEASED.clear();
        }
    }
}
