package ovc.run.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.jar.JarEntry;
import ovc.run.artifact.AtomicFiles;

/**
 * The embedded exporter jar as a file a class loader can open: the copy in the user's cache
 * ({@code <cache>/exporter/ovc-run-openlineage-<crc>-<size>.jar}), written once, atomically and
 * owner-only, and reused by every later process; where there is no cache to use, a temporary copy
 * deleted at exit. Why a cache: inflating the 8 MB entry costs about 50 ms of a run's exit each time.
 *
 * <p>The copy is loaded as code, so it is trusted as the woven-class cache trusts its entries: the
 * folder must belong to this user and be writable by no one else (it is created 0700), and the
 * copy must be a regular file (not a link) of the folder's owner that no one else may write, of
 * the entry's size; a copy that is not is written again, and a folder that is not is not used.
 * Copies of other versions are removed a day after they were last written.
 */
final class ExporterJarCopy {

    private static final String OWNER_ONLY_FOLDER = "rwx------";
    private static final String OWNER_ONLY_FILE = "rw-------";
    private static final int GROUP_OR_OTHERS_WRITE = 0022;
    private static final int FILE_TYPE = 0170000;
    private static final int DIRECTORY = 0040000;
    private static final int REGULAR_FILE = 0100000;
    private static final long STALE_MILLIS = 24L * 60 * 60 * 1000;

    private ExporterJarCopy() {}

    /**
     * The file for {@code embedded} (an entry of the agent's or CLI's jar), under {@code cache}
     * ({@link CacheHome}; {@code null} for none) when it can be trusted there.
     *
     * @throws IOException when not even a temporary copy can be written
     */
    static URL of(URL embedded, Path cache) throws IOException {
        URLConnection connection = embedded.openConnection();
        if (cache != null && connection instanceof JarURLConnection jar
                && cache.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            JarEntry entry = jar.getJarEntry();
            if (entry.getCrc() != -1 && entry.getSize() >= 0) {
                Path folder = cache.resolve("exporter");
                Path copy = folder.resolve(String.format("ovc-run-openlineage-%08x-%d.jar", entry.getCrc(), entry.getSize()));
                try {
                    Integer owner = trustedFolder(folder);
                    if (owner != null) {
                        if (!trustedCopy(copy, owner, entry.getSize())) {
                            write(folder, copy, embedded);
                        }
                        return copy.toUri().toURL();
                    }
                } catch (IOException e) {
                    // A cache that cannot be written (a read-only home): the temporary copy below.
                }
            }
        }
        Path temporary = Files.createTempFile("ovc-run-openlineage-", ".jar");
        temporary.toFile().deleteOnExit();
        try (InputStream in = embedded.openStream()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        return temporary.toUri().toURL();
    }

    /** The uid owning {@code folder} (made owner-only when missing), or {@code null} when it is not to be trusted. */
    private static Integer trustedFolder(Path folder) throws IOException {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FOLDER)));
        Map<String, Object> attributes = Files.readAttributes(folder, "unix:owner,uid,mode", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) attributes.get("mode");
        boolean ours = ((UserPrincipal) attributes.get("owner")).getName().equals(System.getProperty("user.name"));
        return ours && (mode & FILE_TYPE) == DIRECTORY && (mode & GROUP_OR_OTHERS_WRITE) == 0
                ? (Integer) attributes.get("uid") : null;
    }

    private static boolean trustedCopy(Path copy, int owner, long size) throws IOException {
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(copy, "unix:uid,mode,size", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        int mode = (Integer) attributes.get("mode");
        return (mode & FILE_TYPE) == REGULAR_FILE && (mode & GROUP_OR_OTHERS_WRITE) == 0
                && (Integer) attributes.get("uid") == owner && (Long) attributes.get("size") == size;
    }

    // Written beside its final name and renamed into place (over an untrusted copy too), so that a
    // process never loads half a jar; other versions' copies left for a day are removed.
    private static void write(Path folder, Path copy, URL embedded) throws IOException {
        AtomicFiles.write(copy, out -> {
            try (InputStream in = embedded.openStream()) {
                in.transferTo(out);
            }
        }, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FILE)));
        try (DirectoryStream<Path> others = Files.newDirectoryStream(folder, "ovc-run-openlineage-*.jar")) {
            long stale = System.currentTimeMillis() - STALE_MILLIS;
            for (Path other : others) {
                if (!other.equals(copy) && Files.getLastModifiedTime(other, LinkOption.NOFOLLOW_LINKS).toMillis() < stale) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }
}
