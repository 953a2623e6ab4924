package ovc.run.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded exporter jar as a file a class loader can open: the copy in the user's cache
 * ({@code <cache>/exporter/ovc-run-openlineage-<crc>-<size>.jar}, an {@link EmbeddedJarCopy}),
 * written once and reused by every later process; where there is no cache to use (none, one others
 * may write, a read-only home), a temporary copy deleted at exit. Why a cache: inflating the 8 MB
 * entry costs about 50 ms of a run's exit each time.
 */
final class ExporterJarCopy {

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
            try {
                return EmbeddedJarCopy.in(cache.resolve("exporter"), "ovc-run-openlineage", jar.getJarFile(),
                        jar.getJarEntry()).toUri().toURL();
            } catch (IOException e) {
                // A folder others may write, or one that cannot be written: the temporary copy below.
            }
        }
        Path temporary = Files.createTempFile("ovc-run-openlineage-", ".jar");
        temporary.toFile().deleteOnExit();
        try (InputStream in = embedded.openStream()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        return temporary.toUri().toURL();
    }
}
