package ovc.run.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * path, size and SHA-256 (sorted by path) and a root hash over them; {@code MANIFEST.sha256} says the
 * same in {@code sha256sum} form, one {@code <sha256>  <path>} line per file, then
 * {@code ROOT_SHA256 <hex>}.
 *
 * <p>The root hash is the SHA-256 of the file lines of {@code MANIFEST.sha256} (everything before the
 * {@code ROOT_SHA256} line), so {@code head -n -1 MANIFEST.sha256 | sha256sum} recomputes it and
 * {@code sha256sum -c MANIFEST.sha256} checks the files (it warns once about the root line).
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
    public static final String FORMAT = "ovc-run-seal/0.1";
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
     */
    public record Manifest(List<FileEntry> files, String rootSha256, List<String> unsealable) {
        /** Copies the lists. */
        public Manifest {
            files = List.copyOf(files);
            unsealable = List.copyOf(unsealable);
        }

        /** A manifest of regular files only. */
        public Manifest(List<FileEntry> files, String rootSha256) {
            this(files, rootSha256, List.of());
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
        });
        // Sorted by path through a TreeMap on CODE_POINT_ORDER (paths in a folder are unique), not
        // by a lambda comparator: the first lambda a JVM links costs it milliseconds.
        SortedMap<String, FileEntry> byPath = new TreeMap<>(JsonValues.CODE_POINT_ORDER);
        for (Path file : files) {
            String name = relativeName(folder, file);
            byPath.put(name, new FileEntry(name, Files.size(file), sha256(file)));
        }
        List<FileEntry> entries = new ArrayList<>(byPath.values());
        return new Manifest(entries, rootSha256(entries), new ArrayList<>(unsealable.values()));
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
        Manifest manifest = scan(folder);
        if (!manifest.unsealable().isEmpty()) {
            // Sealing a link's target could change under the seal; leaving it out would hide it. Refuse.
            throw new IOException("cannot seal " + String.join(", ", manifest.unsealable())
                    + ": a seal covers regular files only; replace the link with a copy or remove it");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("run_id", folder.getFileName().toString());
        List<Object> files = new ArrayList<>(manifest.files().size());
        for (FileEntry file : manifest.files()) {
            files.add(Map.of("path", file.path(), "bytes", file.bytes(), "sha256", file.sha256()));
        }
        json.put("files", files);
        json.put("root_sha256", manifest.rootSha256());
        if (gitTree != null) {
            json.put("git_tree", gitTree);
        }
        AtomicFiles.writeJson(folder.resolve(MANIFEST_JSON), json);
        AtomicFiles.write(folder.resolve(MANIFEST_SHA256),
                sha256sumLines(manifest.files()) + ROOT_PREFIX + manifest.rootSha256() + "\n");
        return manifest;
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
                text.append('\\').append(file.sha256()).append("  ")
                        .append(path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")).append('\n');
            } else {
                text.append(file.sha256()).append("  ").append(path).append('\n');
            }
        }
        return text.toString();
    }

    /** The root hash: SHA-256 of {@link #sha256sumLines}. */
    public static String rootSha256(List<FileEntry> files) {
        MessageDigest digest = newDigest();
        return HexFormat.of().formatHex(digest.digest(sha256sumLines(files).getBytes(StandardCharsets.UTF_8)));
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
