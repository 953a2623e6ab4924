package ovc.run.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.jar.JarEntry;
import ovc.run.artifact.AtomicFiles;

/**
 * The embedded exporter jar as a file a class loader can open: the copy in the user's cache
 * ({@code <cache>/exporter/ovc-run-openlineage-<crc>-<size>.jar}), written once, atomically and
 * owner-only, and reused by every later process; where there is no cache to use, a temporary copy
 * deleted at exit. Why a cache: inflating the 8 MB entry costs about 50 ms of a run's exit each time.
 *
 * <p>The copy is loaded as code, so it is trusted as the woven-class cache trusts its entries
 * ({@link OwnerOnlyFolder}), and must have the entry's size; a copy that is not trusted is written
 * again, and a folder that is not trusted is not used.
 * Copies of other versions are removed a day after they were last written.
 */
final class ExporterJarCopy {

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
        if (cache != null && connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            if (entry.getCrc() != -1 && entry.getSize() >= 0) {
                Path folder = cache.resolve("exporter");
                Path copy = folder.resolve(String.format(Locale.ROOT, "ovc-run-openlineage-%08x-%d.jar", entry.getCrc(), entry.getSize()));
                try {
                    int owner = OwnerOnlyFolder.open(folder);
                    if (!trustedCopy(copy, owner, entry.getSize())) {
                        write(folder, copy, embedded);
                    }
                    return copy.toUri().toURL();
                } catch (IOException e) {
                    // A folder others may write, or one that cannot be written (a read-only home):
                    // the temporary copy below.
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

    private static boolean trustedCopy(Path copy, int owner, long size) throws IOException {
        return OwnerOnlyFolder.isTrusted(copy, owner) && Files.size(copy) == size;
    }

    // Written beside its final name and renamed into place (over an untrusted copy too), so that a
    // process never loads half a jar; other versions' copies left for a day are removed.
    private static void write(Path folder, Path copy, URL embedded) throws IOException {
        AtomicFiles.write(copy, out -> {
            try (InputStream in = embedded.openStream()) {
                in.transferTo(out);
            }
        }, OwnerOnlyFolder.ownerOnlyFile());
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
