package ovc.run.agent;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * What the agent jar holds, reduced to a few bytes read from its central directory: the
 * directory's length, its entry count, and its CRC32 and Adler32. The central directory names
 * every entry with the CRC-32 and sizes of its content, so any rebuild that changes a class
 * changes it, while the same jar copied elsewhere — another path, inode or modification time, as
 * a container image's layer on each host that pulls it — keeps it. Two reads of the file's end,
 * checksums in native code: about a millisecond for the ~450 KB directory of the agent jar.
 */
final class AgentJarContent {

    private static final int END_RECORD = 0x06054b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private AgentJarContent() {}

    /**
     * The jar's content fingerprint, or {@code null} when its end of central directory cannot be
     * read plainly (a ZIP64 jar, a damaged one): the caller then identifies the file instead.
     */
    static byte[] of(Path jar) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(jar.toFile(), "r")) {
            long length = file.length();
            int tailLength = (int) Math.min(length, END_RECORD_LENGTH + MAX_COMMENT);
            byte[] tail = new byte[tailLength];
            file.seek(length - tailLength);
            file.readFully(tail);
            int end = endRecord(tail);
            if (end < 0) {
                return null;
            }
            int entries = shortAt(tail, end + 10);
            long directoryLength = intAt(tail, end + 12) & 0xFFFFFFFFL;
            long directoryStart = intAt(tail, end + 16) & 0xFFFFFFFFL;
            long endPosition = length - tailLength + end;
            if (entries == 0xFFFF || directoryLength == 0xFFFFFFFFL || directoryStart == 0xFFFFFFFFL
                    || directoryStart + directoryLength > endPosition || directoryLength > Integer.MAX_VALUE) {
                return null;
            }
            byte[] directory = new byte[(int) directoryLength];
            file.seek(directoryStart);
            file.readFully(directory);
            CRC32 crc = new CRC32();
            crc.update(directory);
            Adler32 adler = new Adler32();
            adler.update(directory);
            byte[] fingerprint = new byte[16];
            putInt(fingerprint, 0, (int) directoryLength);
            putInt(fingerprint, 4, entries);
            putInt(fingerprint, 8, (int) crc.getValue());
            putInt(fingerprint, 12, (int) adler.getValue());
            return fingerprint;
        }
    }

    /**
     * Where the end of central directory record starts in {@code tail} (the file's last bytes), or
     * -1: the last signature whose comment length reaches exactly to the end of the file, so that a
     * signature inside a comment is not taken for it.
     */
    static int endRecord(byte[] tail) {
        for (int at = tail.length - END_RECORD_LENGTH; at >= 0; at--) {
            if (intAt(tail, at) == END_RECORD && shortAt(tail, at + 20) == tail.length - at - END_RECORD_LENGTH) {
                return at;
            }
        }
        return -1;
    }

    /** A little-endian 32-bit value, as ZIP stores them. */
    private static int intAt(byte[] from, int at) {
        return (from[at] & 0xff) | (from[at + 1] & 0xff) << 8 | (from[at + 2] & 0xff) << 16 | (from[at + 3] & 0xff) << 24;
    }

    /** A little-endian 16-bit value, unsigned. */
    private static int shortAt(byte[] from, int at) {
        return (from[at] & 0xff) | (from[at + 1] & 0xff) << 8;
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }
}
