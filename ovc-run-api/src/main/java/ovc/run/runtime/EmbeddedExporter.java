package ovc.run.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.jar.JarEntry;
import ovc.run.artifact.AtomicFiles;

/**
 * Where the exporter's classes come from: the jar the agent and CLI jars carry at
 * {@value #EMBEDDED_JAR} (ovc-run-openlineage with the OpenLineage client, Jackson 2 and the HTTP
 * client), in a class loader of its own so none of them meets the application's copies; else,
 * without it ({@code RunWriter} with the ovc-run-openlineage dependency), the runtime's own loader.
 * Touched only when OpenLineage is configured or {@code ovc-run export} runs.
 */
public final class EmbeddedExporter {

    /** Where the agent and CLI jars carry the exporter with its libraries. */
    public static final String EMBEDDED_JAR = "META-INF/ovc-run/ovc-run-openlineage.jar";

    private static ClassLoader loader;

    private EmbeddedExporter() {}

    /**
     * The exporter's class loader, made once per process: over the embedded jar (its copy in the
     * user's cache) when there is one, else the runtime's own loader.
     *
     * @throws IOException when the embedded jar cannot be extracted
     */
    public static synchronized ClassLoader loader() throws IOException {
        if (loader == null) {
            ClassLoader own = RunObserver.class.getClassLoader();
            if (own == null) {
                own = ClassLoader.getSystemClassLoader();
            }
            URL embedded = own.getResource(EMBEDDED_JAR);
            loader = embedded != null ? new BridgeClassLoader(extract(embedded, CacheHome.ofProcess()), own) : own;
        }
        return loader;
    }

    /** Whether the exporter comes from an embedded jar rather than the class path. */
    public static boolean embedded() throws IOException {
        return loader() instanceof BridgeClassLoader;
    }

    /**
     * The embedded jar as a file: the copy in {@code cache} (the user's, {@link CacheHome}) ({@code <cache>/exporter/}) named by
     * the entry's CRC and size, written once (atomically, owner-only) and reused by every later
     * process; where there is no cache to write, a temporary copy deleted at exit. Why a cache:
     * inflating the 8 MB entry costs about 50 ms of a run's exit each time.
     */
    static URL extract(URL embedded, Path cache) throws IOException {
        URLConnection connection = embedded.openConnection();
        if (cache != null && connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() != -1) {
            JarEntry entry = jar.getJarEntry();
            Path folder = cache.resolve("exporter");
            Path copy = folder.resolve(String.format("ovc-run-openlineage-%08x-%d.jar", entry.getCrc(), entry.getSize()));
            try {
                if (!Files.isRegularFile(copy) || Files.size(copy) != entry.getSize()) {
                    write(folder, copy, embedded);
                }
                return copy.toUri().toURL();
            } catch (IOException | UnsupportedOperationException e) {
                // An unwritable cache (a read-only home): the temporary copy below.
            }
        }
        Path temporary = Files.createTempFile("ovc-run-openlineage-", ".jar");
        temporary.toFile().deleteOnExit();
        try (InputStream in = embedded.openStream()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        return temporary.toUri().toURL();
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final long STALE_MILLIS = 24L * 60 * 60 * 1000;

    // Written beside its final name and moved into place, so that a process never loads half a jar;
    // copies of other versions left for a day are removed.
    private static void write(Path folder, Path copy, URL embedded) throws IOException {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        AtomicFiles.write(copy, out -> {
            try (InputStream in = embedded.openStream()) {
                in.transferTo(out);
            }
        }, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (DirectoryStream<Path> others = Files.newDirectoryStream(folder, "ovc-run-openlineage-*.jar")) {
            long stale = System.currentTimeMillis() - STALE_MILLIS;
            for (Path other : others) {
                if (!other.equals(copy) && Files.getLastModifiedTime(other).toMillis() < stale) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }
}
