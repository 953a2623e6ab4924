package ovc.run.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The agent jar's content fingerprint ({@link AgentJarContent}) remembered in the woven-class cache
 * folder against the jar file's identity (size, modification time and file key: one {@code stat}),
 * so that a repeat run reads one small file instead of the jar's central directory (~3 ms of its
 * start), and a jar copied or moved (another host's image layer, a restored CI cache) is read once
 * and then remembered under its new identity. One file, {@value #FILE}, replaced when the identity
 * changes; read only under the same trust rules as the cache's entries (owner, mode, no link), and
 * a damaged or foreign one is read as absent.
 */
final class RememberedJarContent {

    /** The file's name in the cache folder. */
    static final String FILE = "agent-jar.ovcj";

    private static final byte[] MAGIC = {'O', 'V', 'C', 'J', '1'};

    private RememberedJarContent() {}

    /**
     * The content fingerprint of {@code jar}, whose file identity is {@code identity}: remembered in
     * {@code folder} (of {@code owner}), else read from the jar and remembered; {@code null} when
     * the jar's directory cannot be read plainly.
     */
    static byte[] of(Path jar, byte[] identity, Path folder, int owner) throws IOException {
        Path file = folder.resolve(FILE);
        byte[] remembered = read(file, identity, owner);
        if (remembered != null) {
            return remembered;
        }
        byte[] content = AgentJarContent.of(jar);
        if (content != null) {
            write(file, identity, content);
        }
        return content;
    }

    private static byte[] read(Path file, byte[] identity, int owner) {
        byte[][] stored = CacheRecord.read(file, owner, MAGIC, 2);
        return stored != null && Arrays.equals(stored[0], identity) ? stored[1] : null;
    }

    private static void write(Path file, byte[] identity, byte[] content) {
        try {
            CacheRecord.write(file, MAGIC, identity, content);
        } catch (IOException e) {
            // Silent: it only costs the next run the jar's directory again. A cache baked into a
            // read-only image layer still serves its entries, and a folder that takes no entries
            // either says so when an entry is stored.
        }
    }
}
