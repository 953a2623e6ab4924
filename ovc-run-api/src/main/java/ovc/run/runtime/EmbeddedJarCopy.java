package ovc.run.runtime;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import ovc.run.artifact.AtomicFiles;

/**
 * A jar that the agent's or the CLI's jar carries as an entry (the exporter with its libraries,
 * Byte Buddy for the boot class path), as a file in an owner-only cache folder that a class loader
 * can open: {@code <folder>/<prefix>-<crc>-<size>.jar}, written once, atomically, and reused by every
 * later process while it still holds exactly the entry's bytes.
 *
 * <p>The copy is loaded as code, so it is trusted as the woven-class cache trusts its entries
 * ({@link OwnerOnlyFolder}) and only with the entry's size and CRC; anything else in its place (cut
 * short, changed, a link, a file others may write) is written again. Copies of other versions are
 * removed a day after they were last written: long enough for a process that found one to have
 * opened it.
 */
public final class EmbeddedJarCopy {

    private static final long STALE_MILLIS = 24L * 60 * 60 * 1000;
    private static final String SUFFIX = ".jar";

    private EmbeddedJarCopy() {}

    /**
     * The copy of {@code entry} of {@code jar} in {@code folder} (created owner-only if need be).
     *
     * @throws OwnerOnlyFolder.Untrusted when others may write {@code folder}
     * @throws IOException when the entry has no recorded size or CRC, or the copy cannot be written
     */
    public static Path in(Path folder, String prefix, ZipFile jar, ZipEntry entry) throws IOException {
        long crc = entry.getCrc();
        long size = entry.getSize();
        if (crc == -1 || size < 0) {
            throw new IOException(jar.getName() + "!/" + entry.getName() + " has no recorded size or CRC");
        }
        int owner = OwnerOnlyFolder.open(folder);
        // Not String.format: its first use compiles the format's regular expression.
        String hex = Long.toHexString(crc);
        Path copy = folder.resolve(prefix + "-" + "00000000".substring(hex.length()) + hex + "-" + size + SUFFIX);
        if (!holdsEntry(copy, owner, size, crc)) {
            AtomicFiles.write(copy, new CheckedCopy(jar, entry), OwnerOnlyFolder.ownerOnlyFile());
            removeStaleVersions(folder, prefix, copy);
        }
        return copy;
    }

    private static boolean holdsEntry(Path copy, int owner, long size, long crc) throws IOException {
        if (!OwnerOnlyFolder.isTrusted(copy, owner) || Files.size(copy) != size) {
            return false;
        }
        try (InputStream in = new FileInputStream(copy.toFile())) {
            return crcOf(in, null) == crc;
        }
    }

    /** The CRC of all {@code in} holds, copied on the way to {@code out} unless that is null. */
    private static long crcOf(InputStream in, OutputStream out) throws IOException {
        CRC32 sum = new CRC32();
        byte[] buffer = new byte[1 << 16];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            sum.update(buffer, 0, read);
            if (out != null) {
                out.write(buffer, 0, read);
            }
        }
        return sum.getValue();
    }

    // The directory is listed by hand: a glob compiles a regular expression.
    private static void removeStaleVersions(Path folder, String prefix, Path kept) {
        String[] names = folder.toFile().list();
        if (names == null) {
            return;
        }
        long stale = System.currentTimeMillis() - STALE_MILLIS;
        for (String name : names) {
            Path other = folder.resolve(name);
            if (!name.startsWith(prefix + "-") || !name.endsWith(SUFFIX) || other.equals(kept)) {
                continue;
            }
            try {
                if (Files.getLastModifiedTime(other, LinkOption.NOFOLLOW_LINKS).toMillis() < stale) {
                    Files.deleteIfExists(other);
                }
            } catch (IOException inUseOrGone) {
                // Left for the next copy to try again.
            }
        }
    }

    /**
     * Streams the entry into the temporary file and refuses it, before it is renamed into place,
     * when its bytes do not have the entry's CRC. A class rather than a lambda: the first lambda a
     * JVM links costs milliseconds.
     */
    private static final class CheckedCopy implements AtomicFiles.Content {
        private final ZipFile jar;
        private final ZipEntry entry;

        CheckedCopy(ZipFile jar, ZipEntry entry) {
            this.jar = jar;
            this.entry = entry;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            long crc;
            try (InputStream in = jar.getInputStream(entry)) {
                crc = crcOf(in, out);
            }
            if (crc != entry.getCrc()) {
                throw new IOException(new File(jar.getName()).getName() + "!/" + entry.getName()
                        + " does not read back with its recorded CRC; not copied");
            }
        }
    }
}
