package ovc.run.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Woven class files kept between runs, so that a pipeline run again and again on a schedule loads
 * Byte Buddy only the first time. An entry is keyed by SHA-256 over the weaving code's own bytes,
 * Byte Buddy's version, the JVM's version, the class name and the original class file: a changed
 * class, agent or JDK never meets an old entry. (Old entries are not pruned; the folder can be
 * deleted at any time.)
 *
 * <p>The bytes it returns are loaded as code, so the cache trusts only what it wrote itself:
 * <ul>
 *   <li>the folder must belong to this user and be writable by no one else (created 0700);</li>
 *   <li>every entry carries an HMAC-SHA256 over its key and bytes, with a random secret kept in
 *       the folder (0600); an entry that fails it is ignored and replaced;</li>
 *   <li>entries are written to a temporary file and renamed, so a reader never sees half of one.</li>
 * </ul>
 * Anything wrong with the folder turns the cache off, never the agent.
 */
final class WovenCache {

    private static final byte[] MAGIC = "OVCW1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_LENGTH = 32;
    private static final int BLOCK = 64;
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS_WRITE =
            EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    // What decides how woven code looks: our weaving classes and Byte Buddy's version. Named as
    // resources, not class literals, so that a cache hit never loads a Byte Buddy class.
    private static final String[] WEAVING_CODE = {
        "ovc/run/agent/Weaver.class", "ovc/run/agent/PipelineAdvice.class", "ovc/run/agent/InputAdvice.class",
        "ovc/run/agent/OutputAdvice.class", "ovc/run/agent/ExitAdvice.class",
        "META-INF/maven/net.bytebuddy/byte-buddy/pom.properties"};

    private final Path folder;
    private final byte[] secret;
    private final byte[] fingerprint;

    private WovenCache(Path folder, byte[] secret, byte[] fingerprint) {
        this.folder = folder;
        this.secret = secret;
        this.fingerprint = fingerprint;
    }

    /**
     * Opens (creating if needed) the cache in {@code folder}.
     *
     * @throws IOException naming why the folder cannot be trusted or used
     */
    static WovenCache open(Path folder) throws IOException {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            throw new IOException("the file system of " + folder + " has no owner-only permissions");
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            } catch (FileAlreadyExistsException raced) {
                // Another JVM created it first; it is checked like any existing folder.
            }
        }
        requireOwnedAndPrivate(folder, OTHERS_WRITE);
        return new WovenCache(folder, secret(folder.resolve("key")), fingerprint());
    }

    /** The woven bytes stored for this class file, or {@code null} when there are none to trust. */
    byte[] lookup(String className, byte[] classFile) {
        String key = key(className, classFile);
        Path entry = folder.resolve(key + ".woven");
        byte[] stored;
        try {
            stored = Files.readAllBytes(entry);
        } catch (NoSuchFileException missing) {
            return null;
        } catch (IOException unreadable) {
            return null;
        }
        if (stored.length < MAGIC.length + MAC_LENGTH
                || !Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        byte[] payload = Arrays.copyOfRange(stored, MAGIC.length + MAC_LENGTH, stored.length);
        byte[] mac = Arrays.copyOfRange(stored, MAGIC.length, MAGIC.length + MAC_LENGTH);
        return MessageDigest.isEqual(mac, mac(key, payload)) ? payload : null;
    }

    /** Stores {@code woven} for this class file; a failure only means the next run weaves again. */
    void store(String className, byte[] classFile, byte[] woven) {
        String key = key(className, classFile);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, key, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            ByteBuffer content = ByteBuffer.allocate(MAGIC.length + MAC_LENGTH + woven.length)
                    .put(MAGIC).put(mac(key, woven)).put(woven).flip();
            try (SeekableByteChannel out = Files.newByteChannel(temporary, StandardOpenOption.WRITE)) {
                while (content.hasRemaining()) {
                    out.write(content);
                }
            }
            try {
                Files.move(temporary, folder.resolve(key + ".woven"), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(key + ".woven"), StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            AgentLog.problem("could not store woven " + className.replace('/', '.') + " in " + folder + ": "
                    + AgentLog.describe(e));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A stray temporary file is never read as an entry.
                }
            }
        }
    }

    Path folder() {
        return folder;
    }

    private String key(String className, byte[] classFile) {
        MessageDigest sha = sha256();
        sha.update(fingerprint);
        sha.update(className.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(classFile);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** HMAC-SHA256 (RFC 2104) over the entry's key and bytes, on MessageDigest alone: no JCE provider to load. */
    private byte[] mac(String key, byte[] payload) {
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < secret.length ? secret[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        MessageDigest sha = sha256();
        sha.update(inner);
        sha.update(key.getBytes(StandardCharsets.US_ASCII));
        sha.update(payload);
        byte[] innerHash = sha.digest();
        sha.update(outer);
        sha.update(innerHash);
        return sha.digest();
    }

    private static byte[] secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                Files.write(file, fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            } catch (FileAlreadyExistsException raced) {
                // Another JVM wrote the key first: use that one.
            }
        }
        requireOwnedAndPrivate(file, EnumSet.complementOf(EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE)));
        byte[] secret = Files.readAllBytes(file);
        if (secret.length != 32) {
            throw new IOException(file + " is not a key this agent wrote");
        }
        return secret;
    }

    private static void requireOwnedAndPrivate(Path path, Set<PosixFilePermission> forbidden) throws IOException {
        String owner = Files.getOwner(path).getName();
        String user = System.getProperty("user.name");
        if (!owner.equals(user)) {
            throw new IOException(path + " belongs to " + owner + ", not to " + user);
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        permissions.retainAll(forbidden);
        if (!permissions.isEmpty()) {
            throw new IOException(path + " is open to others (" + PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(path)) + ")");
        }
    }

    private static byte[] fingerprint() throws IOException {
        MessageDigest sha = sha256();
        // Byte Buddy adapts to the JVM it runs on; a class woven under one JDK is not reused under another.
        sha.update(String.valueOf(System.getProperty("java.vm.version")).getBytes(StandardCharsets.UTF_8));
        for (String resource : WEAVING_CODE) {
            try (InputStream in = WovenCache.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " is missing from the agent jar");
                }
                sha.update(in.readAllBytes());
            }
        }
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
