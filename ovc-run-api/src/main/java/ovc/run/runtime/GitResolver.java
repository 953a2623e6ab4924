package ovc.run.runtime;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ovc.run.artifact.GitInfo;
import ovc.run.artifact.Identifiers;

/**
 * Finds the commit a run's code came from: {@code GITHUB_SHA} / {@code GITHUB_REF} first, else the
 * repository found from the working directory upward, read from its files (HEAD, loose refs,
 * packed-refs, worktrees) because spawning {@code git} would cost more than the whole run start.
 */
public final class GitResolver {

    private static final int MAX_SYMREF_DEPTH = 5;

    private GitResolver() {}

    /** The commit and ref for a run started in {@code workingDirectory} with {@code env}. */
    public static GitInfo resolve(Map<String, String> env, Path workingDirectory) {
        String sha = normalizeSha(env.get("GITHUB_SHA"));
        String ref = blankToNull(env.get("GITHUB_REF"));
        if (sha == null || ref == null) {
            GitInfo local = readRepository(workingDirectory);
            sha = sha != null ? sha : local.sha();
            ref = ref != null ? ref : local.ref();
        }
        return new GitInfo(sha, ref);
    }

    /**
     * Where {@link #resolve} took {@code resolved} from, in words, for the {@code debug} line: the
     * GitHub variables, the repository's files, both, or neither (zeros). Decided by the same rule,
     * so the explanation cannot drift from what was recorded.
     */
    static String origin(Map<String, String> env, Path workingDirectory, GitInfo resolved) {
        boolean githubSha = normalizeSha(env.get("GITHUB_SHA")) != null;
        boolean githubRef = blankToNull(env.get("GITHUB_REF")) != null;
        if (githubSha && githubRef) {
            return "GITHUB_SHA/GITHUB_REF";
        }
        boolean found = githubSha ? !resolved.ref().equals(GitInfo.UNKNOWN.ref())
                : !resolved.sha().equals(GitInfo.UNKNOWN.sha());
        String repository = found ? "the repository's files around " + workingDirectory
                : "no repository found: zeros";
        return githubSha ? "GITHUB_SHA; the ref from " + repository
                : githubRef ? "GITHUB_REF; the commit from " + repository : repository;
    }

    /** What the repository around {@code start} says, or {@link GitInfo#UNKNOWN}. */
    static GitInfo readRepository(Path start) {
        try {
            Path gitDir = findGitDir(start.toAbsolutePath().normalize());
            if (gitDir == null) {
                return GitInfo.UNKNOWN;
            }
            Path commonDir = commonDir(gitDir);
            String head = readFirstLine(gitDir.resolve("HEAD"));
            if (head == null) {
                return GitInfo.UNKNOWN;
            }
            if (!head.startsWith("ref:")) {
                // Detached HEAD: a commit, but no branch to name.
                String sha = normalizeSha(head);
                return new GitInfo(sha != null ? sha : GitInfo.UNKNOWN.sha(), GitInfo.UNKNOWN.ref());
            }
            String refName = head.substring(4).trim();
            String sha = resolveRef(gitDir, commonDir, refName, 0);
            // An unborn branch (no commit yet) still has a name.
            return new GitInfo(sha != null ? sha : GitInfo.UNKNOWN.sha(), refName);
        } catch (IOException | RuntimeException e) {
            return GitInfo.UNKNOWN;
        }
    }

    private static Path findGitDir(Path start) throws IOException {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return dotGit;
            }
            if (Files.isRegularFile(dotGit)) {
                // A worktree or submodule: ".git" is a file "gitdir: <path>".
                String line = readFirstLine(dotGit);
                if (line != null && line.startsWith("gitdir:")) {
                    return dir.resolve(line.substring(7).trim()).normalize();
                }
            }
        }
        return null;
    }

    private static Path commonDir(Path gitDir) throws IOException {
        String common = readFirstLine(gitDir.resolve("commondir"));
        return common == null ? gitDir : gitDir.resolve(common).normalize();
    }

    private static String resolveRef(Path gitDir, Path commonDir, String refName, int depth) throws IOException {
        if (depth > MAX_SYMREF_DEPTH) {
            return null;
        }
        for (Path dir : List.of(gitDir, commonDir)) {
            String content = readFirstLine(dir.resolve(refName));
            if (content != null) {
                if (content.startsWith("ref:")) {
                    return resolveRef(gitDir, commonDir, content.substring(4).trim(), depth + 1);
                }
                return normalizeSha(content);
            }
        }
        return packedRef(commonDir.resolve("packed-refs"), refName);
    }

    private static String packedRef(Path packedRefs, String refName) throws IOException {
        if (!Files.isRegularFile(packedRefs)) {
            return null;
        }
        String text = readText(packedRefs);
        int start = 0;
        while (start < text.length()) {
            // Lines as Files.readAllLines splits them: at \n, \r and \r\n.
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            // "<sha> <ref>"; '#' starts the header, '^' a peeled tag line.
            if (!line.startsWith("#") && !line.startsWith("^")) {
                int space = line.indexOf(' ');
                if (space > 0 && line.substring(space + 1).trim().equals(refName)) {
                    return normalizeSha(line.substring(0, space));
                }
            }
            start = text.startsWith("\r\n", end) ? end + 2 : end + 1;
        }
        return null;
    }

    private static String readFirstLine(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String content = readText(file);
        int end = content.indexOf('\n');
        String line = (end < 0 ? content : content.substring(0, end)).trim();
        return line.isEmpty() ? null : line;
    }

    /**
     * The file as UTF-8 text, malformed bytes refused as {@code Files.readString} refuses them. Read
     * through java.io on the default file system: {@code Files.readString} opens a FileChannel,
     * whose thirty-odd JDK classes cost a run's start about 2.5 ms.
     */
    private static String readText(Path file) throws IOException {
        byte[] bytes;
        if (file.getFileSystem() == FileSystems.getDefault()) {
            try (InputStream in = new FileInputStream(file.toFile())) {
                bytes = in.readAllBytes();
            }
        } else {
            bytes = Files.readAllBytes(file);
        }
        for (byte b : bytes) {
            if (b < 0) {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            }
        }
        // ASCII, as git's own files are: every byte is its character, and no decoder is loaded.
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String normalizeSha(String value) {
        if (value == null) {
            return null;
        }
        String sha = value.trim().toLowerCase(Locale.ROOT);
        // Not String.matches: a regex compiled on the way to a run's first line costs milliseconds.
        return Identifiers.isCommitSha(sha) ? sha : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
