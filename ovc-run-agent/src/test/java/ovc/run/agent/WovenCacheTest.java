package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.runtime.OwnerOnlyFolder;

class WovenCacheTest {

    // A uid no account has: as root the tests hand files to it; as anyone else chown fails and they skip.
    private static final int STRANGER = 4242;

    @TempDir
    Path temp;

    private final byte[] original = "original class bytes".getBytes(StandardCharsets.UTF_8);
    private final byte[] woven = "woven class bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void storedBytesComeBackForTheSameClassFile() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        assertThat(cache.lookup("com/acme/Job", original)).as("nothing stored yet").isNull();

        cache.store("com/acme/Job", original, woven);

        assertThat(cache.lookup("com/acme/Job", original)).isEqualTo(woven);
        assertThat(WovenCache.open(temp.resolve("cache")).lookup("com/acme/Job", original))
                .as("a later JVM reads what an earlier one wrote").isEqualTo(woven);
        assertThat(entries(temp.resolve("cache"))).hasSize(1);
    }

    @Test
    void anotherClassNameOrChangedClassFileMisses() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);
        byte[] sameLength = original.clone();
        sameLength[3] ^= 1;

        assertThat(cache.lookup("com/acme/Jab", original)).isNull();
        assertThat(cache.lookup("com/acme/Job", sameLength)).isNull();
        assertThat(cache.lookup("com/acme/Job", Arrays.copyOf(original, original.length - 1))).isNull();
        assertThat(cache.lookup("com/acme/Job", original)).isEqualTo(woven);
    }

    /** The fingerprint the cache in {@code temp/cache} is opened with. */
    private byte[] fingerprint() throws IOException {
        Path folder = temp.resolve("cache");
        return WovenCache.fingerprint(folder, OwnerOnlyFolder.open(folder));
    }

    @Test
    void anotherFingerprintMissesEvenUnderItsOwnFileName() throws IOException {
        byte[] fingerprint = fingerprint();
        byte[] otherBuild = fingerprint.clone();
        otherBuild[otherBuild.length - 1] ^= 1;
        WovenCache current = WovenCache.open(temp.resolve("cache"), fingerprint);
        WovenCache other = WovenCache.open(temp.resolve("cache"), otherBuild);
        current.store("com/acme/Job", original, woven);

        assertThat(other.lookup("com/acme/Job", original)).isNull();

        Files.move(current.entryFile("com/acme/Job", original), other.entryFile("com/acme/Job", original));
        assertThat(other.lookup("com/acme/Job", original)).as("the fingerprint inside the entry decides").isNull();
    }

    @Test
    void fingerprintIsStableAndNamesTheJvm() throws IOException {
        byte[] fingerprint = fingerprint();

        assertThat(fingerprint()).isEqualTo(fingerprint);
        assertThat(new String(fingerprint, StandardCharsets.ISO_8859_1)).contains(System.getProperty("java.vm.version"));
        assertThat(fingerprint.length).as("from a classes folder: vm version, then length, CRC32C and Adler32 of"
                + " nine resources (the packaged jar's identity is checked by WovenCacheIT)")
                .isEqualTo(4 + System.getProperty("java.vm.version").length() + 9 * 12);
    }

    @Test
    void aFlippedByteAnywhereInTheEntryIsAMiss() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);
        Path entry = cache.entryFile("com/acme/Job", original);
        byte[] good = Files.readAllBytes(entry);
        int originalAt = indexOf(good, original);
        int wovenAt = indexOf(good, woven);
        assertThat(originalAt).as("the entry holds the whole original class file").isPositive();
        assertThat(wovenAt).isGreaterThan(originalAt);

        for (int i = 0; i < good.length; i++) {
            for (int mask : new int[] {0x01, 0x80, 0xff}) {
                byte[] bad = good.clone();
                bad[i] ^= (byte) mask;
                Files.write(entry, bad);
                assertThat(cache.lookup("com/acme/Job", original)).as("byte %d ^ %x", i, mask).isNull();
            }
        }
        Files.write(entry, good);
        assertThat(cache.lookup("com/acme/Job", original)).as("the entry restored is served again").isEqualTo(woven);
    }

    @Test
    void aFlippedByteInTheStoredOriginalOrInTheWovenPartIsAMiss() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);
        Path entry = cache.entryFile("com/acme/Job", original);
        byte[] good = Files.readAllBytes(entry);

        byte[] badOriginal = good.clone();
        badOriginal[indexOf(good, original) + 5] ^= 1;
        Files.write(entry, badOriginal);
        assertThat(cache.lookup("com/acme/Job", original)).isNull();

        byte[] badWoven = good.clone();
        badWoven[indexOf(good, woven) + 5] ^= 1;
        Files.write(entry, badWoven);
        assertThat(cache.lookup("com/acme/Job", original)).as("only the CRC can tell").isNull();
    }

    @Test
    void aTruncatedOrExtendedEntryIsAMiss() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);
        Path entry = cache.entryFile("com/acme/Job", original);
        byte[] good = Files.readAllBytes(entry);

        for (int length = 0; length < good.length; length++) {
            Files.write(entry, Arrays.copyOf(good, length));
            assertThat(cache.lookup("com/acme/Job", original)).as("first %d of %d bytes", length, good.length).isNull();
        }
        Files.write(entry, Arrays.copyOf(good, good.length + 1));
        assertThat(cache.lookup("com/acme/Job", original)).isNull();

        byte[] longer = Arrays.copyOf(good, good.length + 1);
        longer[good.length - 4] = 'x';
        Files.write(entry, withCrc(longer));
        assertThat(cache.lookup("com/acme/Job", original)).as("a byte more than the woven length says, CRC valid").isNull();
    }

    @Test
    void anotherFormatVersionIsAMissEvenWithAValidCrc() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);
        Path entry = cache.entryFile("com/acme/Job", original);
        byte[] other = Files.readAllBytes(entry);
        other[4] = '3';
        Files.write(entry, withCrc(other));

        assertThat(cache.lookup("com/acme/Job", original)).isNull();
    }

    @Test
    void anEntryForOtherBytesUnderTheRightNameIsAMiss() throws IOException {
        // A file-name collision, simulated: a valid entry for one class file sits where another's belongs.
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        byte[] otherOriginal = original.clone();
        otherOriginal[0] ^= 1;
        cache.store("com/acme/Job", original, woven);

        Files.move(cache.entryFile("com/acme/Job", original), cache.entryFile("com/acme/Job", otherOriginal));
        assertThat(cache.lookup("com/acme/Job", otherOriginal)).isNull();

        cache.store("com/acme/Jab", original, woven);
        Files.move(cache.entryFile("com/acme/Jab", original), cache.entryFile("com/acme/Job", original));
        assertThat(cache.lookup("com/acme/Job", original)).as("stored for another class name").isNull();

        cache.store("com/acme/Job", otherOriginal, "other woven".getBytes(StandardCharsets.UTF_8));
        assertThat(cache.lookup("com/acme/Job", otherOriginal)).as("a new store replaces the stray entry")
                .isEqualTo("other woven".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nothingToWeaveIsStoredAsAnEmptyPayload() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Plain", original, new byte[0]);

        assertThat(cache.lookup("com/acme/Plain", original)).as("a hit, not a miss").isNotNull().isEmpty();
        assertThat(WovenCache.open(temp.resolve("cache")).lookup("com/acme/Plain", original)).isNotNull().isEmpty();
    }

    @Test
    void folderOpenToOthersIsRefused() throws IOException {
        for (String permissions : List.of("rwxrwxrwx", "rwxrwx---", "rwx----w-", "rwx-w----")) {
            Path open = Files.createDirectory(temp.resolve("open-" + permissions));
            Files.setPosixFilePermissions(open, PosixFilePermissions.fromString(permissions));

            assertThatThrownBy(() -> WovenCache.open(open)).as(permissions).isInstanceOf(IOException.class)
                    .hasMessageContaining("open to others");
            try (Stream<Path> files = Files.list(open)) {
                assertThat(files).isEmpty();
            }
        }
        Path readable = Files.createDirectory(temp.resolve("readable"));
        Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(WovenCache.open(readable)).as("read access alone gives no one a way in").isNotNull();
    }

    @Test
    void folderOwnedBySomeoneElseIsRefused() throws IOException {
        Path theirs = Files.createDirectory(temp.resolve("theirs"));
        Files.setPosixFilePermissions(theirs, PosixFilePermissions.fromString("rwx------"));
        if (!handToStranger(theirs)) {
            // Not root: take a folder that is not ours and no one else may write.
            theirs = Path.of("/");
            assumeThat(Files.getOwner(theirs).getName()).isNotEqualTo(System.getProperty("user.name"));
        }
        Path folder = theirs;

        assertThatThrownBy(() -> WovenCache.open(folder)).isInstanceOf(IOException.class)
                .hasMessageContaining("belongs to").hasMessageContaining("not to " + System.getProperty("user.name"));
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefused() throws IOException {
        Path file = Files.createFile(temp.resolve("cache"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> WovenCache.open(file)).isInstanceOf(IOException.class).hasMessageContaining("not a folder");
    }

    @Test
    void anEntryWritableByOthersIsAMiss() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);
        Path entry = cache.entryFile("com/acme/Job", original);

        for (String permissions : List.of("rw-rw----", "rw-----w-", "rw--w--w-")) {
            Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString(permissions));
            assertThat(cache.lookup("com/acme/Job", original)).as(permissions).isNull();
        }
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(cache.lookup("com/acme/Job", original)).as("readable is fine").isEqualTo(woven);
    }

    @Test
    void anEntryOwnedBySomeoneElseIsAMiss() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);
        Path entry = cache.entryFile("com/acme/Job", original);
        int mine = (Integer) Files.getAttribute(entry, "unix:uid");
        assumeThat(handToStranger(entry)).as("only root can give a file away").isTrue();

        assertThat(cache.lookup("com/acme/Job", original)).isNull();

        Files.setAttribute(entry, "unix:uid", mine);
        assertThat(cache.lookup("com/acme/Job", original)).isEqualTo(woven);
    }

    @Test
    void anEntryThatIsALinkIsNotFollowed() throws IOException {
        WovenCache elsewhere = WovenCache.open(temp.resolve("elsewhere"));
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        elsewhere.store("com/acme/Job", original, woven);
        Path target = elsewhere.entryFile("com/acme/Job", original);
        assertThat(elsewhere.lookup("com/acme/Job", original)).isEqualTo(woven);

        Files.createSymbolicLink(cache.entryFile("com/acme/Job", original), target);

        assertThat(cache.lookup("com/acme/Job", original)).isNull();
    }

    @Test
    void foldersCreatedAboveTheCacheAreOwnerOnlyToo() throws IOException {
        WovenCache.open(temp.resolve("xdg/ovc-run/woven"));

        assertThat(permissions(temp.resolve("xdg"))).isEqualTo("rwx------");
        assertThat(permissions(temp.resolve("xdg/ovc-run"))).isEqualTo("rwx------");
        assertThat(permissions(temp.resolve("xdg/ovc-run/woven"))).isEqualTo("rwx------");
    }

    @Test
    void anUntrustedFolderIsToldApartFromOtherFailures() throws IOException {
        Path open = Files.createDirectory(temp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> WovenCache.open(open)).isInstanceOf(UntrustedCacheFolder.class);
    }

    @Test
    void folderIsOwnerOnlyAndEntriesToo() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("nested/cache"));
        cache.store("com/acme/Job", original, woven);

        assertThat(permissions(temp.resolve("nested/cache"))).isEqualTo("rwx------");
        assertThat(permissions(cache.entryFile("com/acme/Job", original))).isEqualTo("rw-------");
        assertThat(temp.resolve("nested/cache/key")).as("no secret any more").doesNotExist();
    }

    @Test
    void storeReplacesAnEntryAtomically() throws IOException {
        WovenCache cache = WovenCache.open(temp.resolve("cache"));
        cache.store("com/acme/Job", original, woven);
        Path entry = cache.entryFile("com/acme/Job", original);
        byte[] before = Files.readAllBytes(entry);
        Object fileBefore = Files.readAttributes(entry, BasicFileAttributes.class).fileKey();
        byte[] rewoven = "woven again, longer than before".getBytes(StandardCharsets.UTF_8);

        try (SeekableByteChannel reader = Files.newByteChannel(entry)) {
            cache.store("com/acme/Job", original, rewoven);

            ByteBuffer seen = ByteBuffer.allocate(before.length + 64);
            while (reader.read(seen) > 0) {
                // read to the end of what the reader opened
            }
            assertThat(Arrays.copyOf(seen.array(), seen.position()))
                    .as("a reader that opened the old entry reads all of it, not a mix").isEqualTo(before);
        }
        assertThat(Files.readAttributes(entry, BasicFileAttributes.class).fileKey())
                .as("a new file renamed into place, not the old one rewritten").isNotEqualTo(fileBefore);
        assertThat(cache.lookup("com/acme/Job", original)).isEqualTo(rewoven);
        assertThat(permissions(entry)).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            assertThat(files).as("no temporary file left").containsExactly(entry);
        }
    }

    @Test
    void aFolderOfThePreviousFormatIsUsedAndLeftAsItWas() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("cache"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Path key = Files.write(folder.resolve("key"), new byte[32]);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path old = Files.write(folder.resolve("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.woven"),
                ("OVCW1" + "0".repeat(32) + "woven class bytes").getBytes(StandardCharsets.US_ASCII));
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-------"));
        byte[] oldBytes = Files.readAllBytes(old);

        WovenCache cache = WovenCache.open(folder);
        assertThat(cache.lookup("com/acme/Job", original)).isNull();
        cache.store("com/acme/Job", original, woven);

        assertThat(cache.lookup("com/acme/Job", original)).isEqualTo(woven);
        assertThat(Files.readAllBytes(key)).isEqualTo(new byte[32]);
        assertThat(Files.readAllBytes(old)).isEqualTo(oldBytes);
        assertThat(entries(folder)).containsExactly(cache.entryFile("com/acme/Job", original));
    }

    private static boolean handToStranger(Path path) throws IOException {
        try {
            Files.setAttribute(path, "unix:uid", STRANGER, LinkOption.NOFOLLOW_LINKS);
            return true;
        } catch (FileSystemException notRoot) {
            return false;
        }
    }

    /** The entry with its last four bytes replaced by a CRC32C over the rest, as a writer would. */
    private static byte[] withCrc(byte[] entry) {
        CRC32C crc = new CRC32C();
        crc.update(entry, 0, entry.length - 4);
        ByteBuffer.wrap(entry).putInt(entry.length - 4, (int) crc.getValue());
        return entry;
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static int indexOf(byte[] in, byte[] part) {
        for (int i = 0; i + part.length <= in.length; i++) {
            if (Arrays.equals(in, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".ovcw")).toList();
        }
    }
}
