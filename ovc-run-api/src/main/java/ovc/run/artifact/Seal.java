package ovc.run.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Seals a run folder with an integrity manifest (without a key, not tamper evidence: whoever can change
 * the folder can seal it again): {@code manifest.json} lists every file's relative
 * path, size and SHA-256 (sorted by path), every empty folder, the run_id, the git tree state and a
 * root hash over all of them; {@code MANIFEST.sha256} says the same in {@code sha256sum} form, one
 * {@code <sha256>  <path>} line per file, then the covered fields as {@code # <name> <value>} lines
 * ({@link #coveredFieldLines}), then {@code ROOT_SHA256 <hex>}.
 *
 * <p>The root hash is the SHA-256 of everything in {@code MANIFEST.sha256} before the
 * {@code ROOT_SHA256} line, so {@code head -n -1 MANIFEST.sha256 | sha256sum} recomputes it and
 * {@code sha256sum -c MANIFEST.sha256} checks the files (GNU sha256sum skips the {@code #} lines as
 * comments and warns once about the root line). A manifest of the older layout {@link #FORMAT_0_1} hashed the file lines only.
 * Regular files count, the two manifest files themselves excepted. A symbolic link or a special file
 * (FIFO, socket, device) is never followed or silently left out: {@link #seal} refuses the folder,
 * naming it, and {@link #scan} lists it in {@link Manifest#unsealable} so that {@code verify} reports
 * one added after sealing.
 */
public final class Seal {

    /** The JSON manifest's file name. */
    public static final String MANIFEST_JSON = "manifest.json";
    /** The {@code sha256sum} manifest's file name. */
    public static final String MANIFEST_SHA256 = "MANIFEST.sha256";
    /** Names the manifest.json layout. */
    public static final String FORMAT = "ovc-run-seal/0.2";
    /** The older layout, whose root hash covers the file lines only (not run_id, git_tree, empty folders). */
    public static final String FORMAT_0_1 = "ovc-run-seal/0.1";
    /** Prefix of the field lines of MANIFEST.sha256 that the root hash covers besides the files. */
    public static final String FIELD_PREFIX = "# ";
    /** Prefix of the last line of MANIFEST.sha256. */
    public static final String ROOT_PREFIX = "ROOT_SHA256 ";

    /**
     * One sealed file.
     *
     * @param path relative to the run folder, {@code /}-separated
     * @param bytes its size
     * @param sha256 lower-case hex
     */
    public record FileEntry(String path, long bytes, String sha256) {}

    /**
     * What a folder holds now.
     *
     * @param files sorted by path (code point order)
     * @param rootSha256 the root hash over {@code files}
     * @param unsealable entries a seal cannot cover, each as {@code <path> (<what it is>)}, sorted
     * @param emptyDirs folders with nothing in them, relative and {@code /}-separated, sorted
     */
    public record Manifest(List<FileEntry> files, String rootSha256, List<String> unsealable, List<String> emptyDirs) {
        /** Copies the lists. */
        public Manifest {
            files = List.copyOf(files);
            unsealable = List.copyOf(unsealable);
            emptyDirs = List.copyOf(emptyDirs);
        }

        /** A manifest of regular files only. */
        public Manifest(List<FileEntry> files, String rootSha256) {
            this(files, rootSha256, List.of(), List.of());
        }
    }

    private Seal() {}

    /**
     * Hashes every regular file under {@code folder} except the manifests.
     *
     * @throws IOException when a file cannot be read
     */
    public static Manifest scan(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        SortedMap<String, String> unsealable = new TreeMap<>(JsonValues.CODE_POINT_ORDER);
        SortedMap<String, String> emptyDirs = new TreeMap<>(JsonValues.CODE_POINT_ORDER);
        // Links are not followed (no FOLLOW_LINKS): a link is reported as what it is, never as its target.
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    if (!isManifest(folder.relativize(file))) {
                        files.add(file);
                    }
                } else if (attributes.isSymbolicLink()) {
                    unsealable.put(relativeName(folder, file), relativeName(folder, file) + " (a symbolic link)");
                } else if (!attributes.isDirectory()) {
                    unsealable.put(relativeName(folder, file), relativeName(folder, file)
                            + " (a special file: FIFO, socket or device)");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                // Only leaf folders: removing a folder that holds one removes the leaf too.
                if (!dir.equals(folder) && isEmpty(dir)) {
                    String name = relativeName(folder, dir);
                    emptyDirs.put(name, name);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        // Sorted by path through a TreeMap on CODE_POINT_ORDER (paths in a folder are unique), not
        // by a lambda comparator: the first lambda a JVM links costs it milliseconds.
        SortedMap<String, FileEntry> byPath = new TreeMap<>(JsonValues.CODE_POINT_ORDER);
        for (Path file : files) {
            String name = relativeName(folder, file);
            byPath.put(name, new FileEntry(name, Files.size(file), sha256(file)));
        }
        List<FileEntry> entries = new ArrayList<>(byPath.values());
        return new Manifest(entries, rootSha256(entries), new ArrayList<>(unsealable.values()),
                new ArrayList<>(emptyDirs.values()));
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            return !children.iterator().hasNext();
        }
    }

    /**
     * Seals {@code folder}: writes {@code manifest.json} and {@code MANIFEST.sha256} atomically,
     * replacing an earlier seal.
     *
     * @param gitTree {@code clean} or {@code dirty} when the working tree's state is known at the
     *     time of sealing, else {@code null} (left out)
     * @return what was sealed
     * @throws IOException when a file cannot be read, the folder holds a symbolic link or a special
     *     file (named in the message), or the manifests cannot be written
     */
    public static Manifest seal(Path folder, String gitTree) throws IOException {
        return seal(folder, gitTree, null);
    }

    /**
     * Seals {@code folder} as {@link #seal(Path, String)} does and, with a {@code signer}, records its
     * signature of the root hash in manifest.json ({@code signature}: {@code algorithm}, {@code value}).
     *
     * @param signer signs the root hash, or {@code null} for an integrity manifest only
     * @throws IOException as {@link #seal(Path, String)}, or when the signer fails (nothing is written then)
     */
    public static Manifest seal(Path folder, String gitTree, RootSigner signer) throws IOException {
        Manifest scanned = scan(folder);
        if (!scanned.unsealable().isEmpty()) {
            // Sealing a link's target could change under the seal; leaving it out would hide it. Refuse.
            throw new IOException("cannot seal " + String.join(", ", scanned.unsealable())
                    + ": a seal covers regular files only; replace the link with a copy or remove it");
        }
        String runId = folder.getFileName().toString();
        String sealedText = sha256sumLines(scanned.files()) + coveredFieldLines(runId, gitTree, scanned.emptyDirs());
        Manifest manifest = new Manifest(scanned.files(), sha256Hex(sealedText), scanned.unsealable(),
                scanned.emptyDirs());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("run_id", runId);
        List<Object> files = new ArrayList<>(manifest.files().size());
        for (FileEntry file : manifest.files()) {
            files.add(Map.of("path", file.path(), "bytes", file.bytes(), "sha256", file.sha256()));
        }
        json.put("files", files);
        json.put("empty_dirs", manifest.emptyDirs());
        json.put("root_sha256", manifest.rootSha256());
        if (gitTree != null) {
            json.put("git_tree", gitTree);
        }
        if (signer != null) {
            Map<String, Object> signature = new LinkedHashMap<>();
            signature.put("algorithm", signer.algorithm());
            signature.put("value", signer.sign(manifest.rootSha256()));
            json.put("signature", signature);
        }
        AtomicFiles.writeJson(folder.resolve(MANIFEST_JSON), json);
        AtomicFiles.write(folder.resolve(MANIFEST_SHA256), sealedText + ROOT_PREFIX + manifest.rootSha256() + "\n");
        return manifest;
    }

    /** Signs a seal's root hash with a key the folder does not hold, so a re-seal without it shows. */
    public interface RootSigner {
        /** The name recorded beside the signature, e.g. {@code Ed25519} or {@code HMAC-SHA256}. */
        String algorithm();

        /**
         * The signature of the root hash's hex text (UTF-8), as text.
         *
         * @throws IOException when the key cannot sign
         */
        String sign(String rootSha256) throws IOException;
    }

    /**
     * The lines after the file lines that the root hash covers: {@code # format}, {@code # run_id},
     * {@code # git_tree} when known, one {@code # empty_dir} per empty folder, each ending in a newline.
     */
    public static String coveredFieldLines(String runId, String gitTree, List<String> emptyDirs) {
        StringBuilder text = new StringBuilder(128);
        text.append(FIELD_PREFIX).append("format ").append(FORMAT).append('\n');
        text.append(FIELD_PREFIX).append("run_id ").append(escapeLine(runId)).append('\n');
        if (gitTree != null) {
            text.append(FIELD_PREFIX).append("git_tree ").append(escapeLine(gitTree)).append('\n');
        }
        for (String dir : emptyDirs) {
            text.append(FIELD_PREFIX).append("empty_dir ").append(escapeLine(dir)).append('\n');
        }
        return text.toString();
    }

    private static String escapeLine(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Whether a relative path is one of the two manifest files (which a seal never covers). */
    public static boolean isManifest(Path relative) {
        return relative.getNameCount() == 1
                && (relative.toString().equals(MANIFEST_JSON) || relative.toString().equals(MANIFEST_SHA256));
    }

    /** The file lines of MANIFEST.sha256, each ending in a newline, in {@code sha256sum} form. */
    public static String sha256sumLines(List<FileEntry> files) {
        StringBuilder text = new StringBuilder(files.size() * 96);
        for (FileEntry file : files) {
            String path = file.path();
            if (path.indexOf('\\') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                // GNU sha256sum's escaping: a leading backslash marks a name with \\, \n or \r escapes.
                text.append('\\').append(file.sha256()).append("  ").append(escapeLine(path)).append('\n');
            } else {
                text.append(file.sha256()).append("  ").append(path).append('\n');
            }
        }
        return text.toString();
    }

    /** The root hash of the older layout {@link #FORMAT_0_1}: SHA-256 of {@link #sha256sumLines}. */
    public static String rootSha256(List<FileEntry> files) {
        return sha256Hex(sha256sumLines(files));
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, lower-case hex. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The SHA-256 of one file, streamed.
     *
     * @throws IOException when it cannot be read
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String relativeName(Path folder, Path file) {
        Path relative = folder.relativize(file);
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
