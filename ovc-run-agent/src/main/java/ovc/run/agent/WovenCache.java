package ovc.run.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import ovc.run.runtime.OwnerOnlyFolder;

/**
 * Woven class files kept between runs, so that a pipeline run again and again on a schedule loads
 * Byte Buddy only the first time. The folder is kept within {@link WovenCachePruner#DEFAULT_LIMIT_BYTES}
 * (oldest entries first) and can be deleted at any time.
 *
 * <p>An entry holds everything its answer depends on and is served only when all of it matches
 * exactly: the {@linkplain #fingerprint(Path, int) fingerprint} of the weaving code, Byte Buddy
 * and the JVM, the class name, the <em>whole</em> original class file, then the woven bytes (none:
 * "nothing to weave") and a CRC32C over all of that ({@link CacheRecord}). The file name is only a CRC32C over the same inputs plus
 * the original length: two classes that share a name simply replace each other's entry, and a torn,
 * damaged, stale or misplaced file is a miss, never wrong code. A lookup touches no
 * {@code java.security} class: a repeat run does not pay for the JCA provider framework.
 *
 * <p>Threat model. The bytes returned are loaded as code, so what protects them is who can write
 * the folder ({@link OwnerOnlyFolder} checks it, as it does for the exporter's jar copy):
 * <ul>
 *   <li>the folder must belong to this user and be writable by no one else (it is created 0700,
 *       and so are the folders created above it); otherwise the cache is off, with a debug line;</li>
 *   <li>an entry is read only if it is a regular file owned by the folder's owner and writable by
 *       no one else (one {@code stat}, comparing numbers);</li>
 *   <li>entries are written 0600 to a temporary file and renamed, so a reader never sees half of one.</li>
 * </ul>
 * Whoever can write into a 0700 folder owned by the user is the user (or root), and can already
 * change the user's classes, the agent jar and the shell that starts the JVM; a keyed MAC whose
 * key lies in the same folder would protect against nothing more. Corruption is caught by the exact
 * comparison of the original bytes and the CRC. There is no secret here, and the checksums are not
 * meant to withstand anyone crafting collisions: such a person could write the entry's content
 * outright. The folders above the cache folder are not checked (by default it is
 * {@code ~/.cache/ovc-run/woven}), and an entry's stat and read are two calls, which only the owner
 * could come between. Files other than {@code *.ovcw} entries and {@link RememberedJarContent#FILE}
 * are never read and never deleted.
 *
 * <p>Anything wrong with the folder turns the cache off, never the agent.
 */
final class WovenCache {

    private static final byte[] MAGIC = {'O', 'V', 'C', 'W', '2'};
    private static final String SUFFIX = ".ovcw";
    // What decides how woven code looks: our weaving classes and Byte Buddy's version. Named as
    // resources, not class literals, so that a cache hit never loads a Byte Buddy class.
    private static final String[] WEAVING_CODE = {
        "ovc/run/agent/AdviceWeaver.class", "ovc/run/agent/PipelineAdvice.class", "ovc/run/agent/InputAdvice.class",
        "ovc/run/agent/OutputAdvice.class", "ovc/run/agent/ExitAdvice.class", "ovc/run/agent/MarkedMethods.class",
        "ovc/run/agent/WovenDeclarationMapping.class", "ovc/run/agent/DeclarationConstant.class",
        "META-INF/maven/net.bytebuddy/byte-buddy/pom.properties"};

    private final Path folder;
    private final int owner;
    private final byte[] fingerprint;
    // A flag under the cache's lock, not an AtomicBoolean: that initialises the JDK's VarHandle
    // machinery (eight classes, ~1.6 ms) on every run, also the repeat runs that never prune.
    private boolean pruned;

    private WovenCache(Path folder, int owner, byte[] fingerprint) {
        this.folder = folder;
        this.owner = owner;
        this.fingerprint = fingerprint;
    }

    /**
     * Opens (creating if needed) the cache in {@code folder}.
     *
     * @throws UntrustedCacheFolder naming why the folder cannot be trusted
     * @throws IOException naming why it cannot be used
     */
    static WovenCache open(Path folder) throws IOException {
        int owner = trustedOwner(folder);
        return new WovenCache(folder, owner, fingerprint(folder, owner));
    }

    /** {@link #open(Path)} with a given fingerprint: tests stand in for another agent build or JVM. */
    static WovenCache open(Path folder, byte[] fingerprint) throws IOException {
        return new WovenCache(folder, trustedOwner(folder), fingerprint.clone());
    }

    private static int trustedOwner(Path folder) throws IOException {
        try {
            return OwnerOnlyFolder.open(folder);
        } catch (OwnerOnlyFolder.Untrusted e) {
            throw new UntrustedCacheFolder(e.getMessage());
        }
    }

    /** The woven bytes stored for this class file, or {@code null} when there are none to trust. */
    byte[] lookup(String className, byte[] classFile) {
        byte[] name = className.getBytes(StandardCharsets.UTF_8);
        byte[][] stored = CacheRecord.read(entryFile(name, classFile), owner, MAGIC, 4);
        if (stored == null || !Arrays.equals(stored[0], fingerprint) || !Arrays.equals(stored[1], name)
                || !Arrays.equals(stored[2], classFile)) {
            return null;
        }
        return stored[3];
    }

    /**
     * Stores {@code woven} (empty: nothing to weave) for this class file, replacing any entry of
     * the same name; a failure only means the next run weaves again.
     */
    void store(String className, byte[] classFile, byte[] woven) {
        byte[] name = className.getBytes(StandardCharsets.UTF_8);
        try {
            CacheRecord.write(entryFile(name, classFile), MAGIC, fingerprint, name, classFile, woven);
        } catch (IOException e) {
            AgentLog.problem("could not store woven " + className.replace('/', '.') + " in " + folder + ": "
                    + AgentLog.describe(e));
        }
        pruneOnce();
    }

    /** Once per JVM, after its first store: a JVM that weaves is already paying for Byte Buddy. */
    private void pruneOnce() {
        synchronized (this) {
            if (pruned) {
                return;
            }
            pruned = true;
        }
        try {
            WovenCachePruner.prune(folder, SUFFIX, WovenCachePruner.DEFAULT_LIMIT_BYTES);
        } catch (IOException | RuntimeException e) {
            AgentLog.problem("could not prune the woven class cache in " + folder + ": " + AgentLog.describe(e));
        }
    }

    Path folder() {
        return folder;
    }

    /**
     * Where the entry for this class file lives: a CRC32C over the fingerprint, the class name and
     * the class file, and the class file's length, in hex. Only a name: what is in it decides.
     */
    Path entryFile(String className, byte[] classFile) {
        return entryFile(className.getBytes(StandardCharsets.UTF_8), classFile);
    }

    private Path entryFile(byte[] name, byte[] classFile) {
        CRC32C crc = new CRC32C();
        crc.update(fingerprint);
        crc.update(name);
        crc.update(0);
        crc.update(classFile);
        return folder.resolve(Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(classFile.length) + SUFFIX);
    }

    /**
     * What decides how woven code looks, reduced to a few bytes: the JVM's version (Byte Buddy
     * adapts to the JVM it runs on), then the agent's own build. When the agent runs from its jar,
     * the build is the jar's content as its central directory states it ({@link AgentJarContent}),
     * remembered in {@code folder} against the jar file's identity ({@link RememberedJarContent}):
     * any rebuild is a new fingerprint, while the same jar at another path, inode or modification
     * time (a container image on another host, a copy restored from a CI cache) keeps the entries it
     * wove. Reading the weaving classes back out of the jar instead costs ~8 ms of start-up (the
     * JDK's jar-URL machinery), more than the rest of a cache hit. A jar whose directory cannot be
     * read plainly (ZIP64) is known by its file identity alone. Run from a classes folder (this
     * module's own tests), it falls back to the contents of {@link #WEAVING_CODE}: for each, its
     * length, CRC32C and Adler32. None of these is cryptographic, nor needs to be: they tell builds
     * apart, they are not meant to resist someone forging a match (who could as well replace the
     * agent jar).
     */
    static byte[] fingerprint(Path folder, int owner) throws IOException {
        byte[] vm = String.valueOf(System.getProperty("java.vm.version")).getBytes(StandardCharsets.UTF_8);
        Path jar = agentJar();
        byte[] build;
        if (jar == null) {
            build = weavingCodeChecksums();
        } else {
            byte[] identity = jarIdentity(jar);
            byte[] content = RememberedJarContent.of(jar, identity, folder, owner);
            build = content != null ? content : identity;
        }
        byte[] fingerprint = new byte[4 + vm.length + build.length];
        int at = CacheRecord.put(fingerprint, 0, vm);
        System.arraycopy(build, 0, fingerprint, at, build.length);
        return fingerprint;
    }

    /** The jar the agent's classes come from, or {@code null} when they come from anywhere else. */
    private static Path agentJar() {
        try {
            CodeSource source = WovenCache.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null
                    || !"file".equals(source.getLocation().getProtocol())) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] jarIdentity(Path jar) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        byte[] key = String.valueOf(attributes.fileKey()).getBytes(StandardCharsets.UTF_8);
        byte[] identity = new byte[16 + 4 + key.length];
        putLong(identity, 0, attributes.size());
        // Through the Instant, not to(TimeUnit.NANOSECONDS): the same number without loading
        // ChronoUnit, Duration and BigInteger on every run.
        java.time.Instant modified = attributes.lastModifiedTime().toInstant();
        putLong(identity, 8, modified.getEpochSecond() * 1_000_000_000L + modified.getNano());
        CacheRecord.put(identity, 16, key);
        return identity;
    }

    private static byte[] weavingCodeChecksums() throws IOException {
        byte[] checksums = new byte[WEAVING_CODE.length * 12];
        int at = 0;
        CRC32C crc = new CRC32C();
        Adler32 adler = new Adler32();
        for (String resource : WEAVING_CODE) {
            byte[] bytes;
            try (InputStream in = WovenCache.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " is missing from the agent's classes");
                }
                bytes = in.readAllBytes();
            }
            crc.reset();
            crc.update(bytes);
            adler.reset();
            adler.update(bytes);
            CacheRecord.putInt(checksums, at, bytes.length);
            CacheRecord.putInt(checksums, at + 4, (int) crc.getValue());
            CacheRecord.putInt(checksums, at + 8, (int) adler.getValue());
            at += 12;
        }
        return checksums;
    }

    private static void putLong(byte[] target, int at, long value) {
        CacheRecord.putInt(target, at, (int) (value >>> 32));
        CacheRecord.putInt(target, at + 4, (int) value);
    }
}
