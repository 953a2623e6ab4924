package ovc.run.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;
import ovc.run.artifact.AtomicFiles;
import ovc.run.runtime.OwnerOnlyFolder;

/**
 * How a file of the woven-class cache folder is framed: a magic, length-prefixed blocks, then a
 * CRC32C over all of it. Read only from a trusted file (a regular file of the folder's owner,
 * writable by no one else: one {@code lstat}) and only when whole; anything else reads as absent,
 * so a torn, damaged or foreign file is a miss, never wrong code. Written 0600 to a temporary file
 * and renamed into place, so that a reader never sees half of one.
 */
final class CacheRecord {

    private CacheRecord() {}

    /**
     * The {@code count} blocks of {@code file}, or {@code null} unless it is a trusted file of
     * {@code owner} that starts with {@code magic} and holds exactly that many blocks and a matching CRC32C.
     */
    static byte[][] read(Path file, int owner, byte[] magic, int count) {
        byte[] stored;
        try {
            if (!OwnerOnlyFolder.isTrusted(file, owner)) {
                return null;
            }
            stored = Files.readAllBytes(file);
        } catch (IOException missingOrUnreadable) {
            return null;
        }
        if (stored.length < magic.length + 4 || !Arrays.equals(stored, 0, magic.length, magic, 0, magic.length)) {
            return null;
        }
        int end = stored.length - 4;
        byte[][] blocks = new byte[count][];
        int at = magic.length;
        for (int i = 0; i < count; i++) {
            if (end - at < 4) {
                return null;
            }
            int length = intAt(stored, at);
            if (length < 0 || end - at - 4 < length) {
                return null;
            }
            blocks[i] = Arrays.copyOfRange(stored, at + 4, at + 4 + length);
            at += 4 + length;
        }
        if (at != end) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(stored, 0, end);
        return (int) crc.getValue() == intAt(stored, end) ? blocks : null;
    }

    /** Writes {@code magic}, the {@code blocks} and their CRC32C to {@code file}, replacing it whole. */
    static void write(Path file, byte[] magic, byte[]... blocks) throws IOException {
        int length = magic.length + 4;
        for (byte[] block : blocks) {
            length += 4 + block.length;
        }
        byte[] content = new byte[length];
        System.arraycopy(magic, 0, content, 0, magic.length);
        int at = magic.length;
        for (byte[] block : blocks) {
            at = put(content, at, block);
        }
        CRC32C crc = new CRC32C();
        crc.update(content, 0, at);
        putInt(content, at, (int) crc.getValue());
        // Created 0600 before a byte is written, renamed into place whole.
        AtomicFiles.write(file, content, OwnerOnlyFolder.ownerOnlyFile());
    }

    /** Writes {@code block} at {@code at} with its length before it; returns where it ends. */
    static int put(byte[] to, int at, byte[] block) {
        putInt(to, at, block.length);
        System.arraycopy(block, 0, to, at + 4, block.length);
        return at + 4 + block.length;
    }

    /** A big-endian 32-bit value. */
    static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }

    /** A big-endian 32-bit value. */
    static int intAt(byte[] from, int at) {
        return (from[at] & 0xff) << 24 | (from[at + 1] & 0xff) << 16 | (from[at + 2] & 0xff) << 8 | from[at + 3] & 0xff;
    }
}
