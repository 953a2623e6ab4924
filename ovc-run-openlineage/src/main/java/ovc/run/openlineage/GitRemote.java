package ovc.run.openlineage;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository a run's code came from, for the {@code sourceCodeLocation} job facet: the
 * {@code origin} remote of the git repository around the run folder (read from its config file, as
 * the runtime reads HEAD), without any user or password a URL may carry. Read from the folder, not
 * the process, so that live emission and back-fill of one run say the same.
 *
 * @param configured the remote as configured, credentials removed (the facet's {@code repoUrl})
 * @param url the repository as an absolute URI, an scp-like {@code git@host:path} turned into
 *     {@code https://host/path} (the facet's {@code url})
 */
record GitRemote(String configured, String url) {

    /** The origin of the repository around {@code start}, or {@code null} when there is none or it has no origin. */
    static GitRemote around(Path start) {
        try {
            for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path git = dir.resolve(".git");
                if (Files.isDirectory(git)) {
                    return of(originIn(git.resolve("config")));
                }
                if (Files.isRegularFile(git)) {
                    return of(originIn(commonDir(dir, git).resolve("config")));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // No facet rather than a wrong one.
        }
        return null;
    }

    /** A worktree's or submodule's {@code .git} file names its git dir; its {@code commondir} the shared one. */
    private static Path commonDir(Path dir, Path gitFile) throws IOException {
        String line = Files.readString(gitFile, StandardCharsets.UTF_8).trim();
        Path gitDir = dir.resolve(line.substring(line.indexOf(':') + 1).trim()).normalize();
        Path common = gitDir.resolve("commondir");
        return Files.isRegularFile(common)
                ? gitDir.resolve(Files.readString(common, StandardCharsets.UTF_8).trim()).normalize()
                : gitDir;
    }

    /** The {@code url} of {@code [remote "origin"]} in a git config file, or {@code null}. */
    static String originIn(Path config) throws IOException {
        if (!Files.isRegularFile(config)) {
            return null;
        }
        boolean inOrigin = false;
        for (String raw : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            String line = raw.trim();
            if (line.startsWith("[")) {
                inOrigin = line.replace(" ", "").equals("[remote\"origin\"]");
            } else if (inOrigin && line.startsWith("url")) {
                int equals = line.indexOf('=');
                if (equals > 0 && line.substring(0, equals).trim().equals("url")) {
                    return line.substring(equals + 1).trim();
                }
            }
        }
        return null;
    }

    /** The remote {@code configured} as the facet gives it, or {@code null} for none or one it cannot name. */
    static GitRemote of(String configured) {
        if (configured == null || configured.isEmpty()) {
            return null;
        }
        if (configured.contains("://")) {
            URI uri = URI.create(configured);
            if (uri.getHost() == null) {
                return uri.getScheme().equals("file") ? new GitRemote(configured, uri.toString()) : null;
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String bare = uri.getScheme() + "://" + uri.getHost() + port + path;
            String web = uri.getScheme().startsWith("http") ? bare : "https://" + uri.getHost() + path;
            return new GitRemote(bare, withoutDotGit(web));
        }
        int colon = configured.indexOf(':');
        int at = configured.indexOf('@');
        if (colon > 0 && !configured.startsWith("/")) {
            // scp-like user@host:path; the user is not a secret but the facet's URL has none.
            String host = configured.substring(at < 0 || at > colon ? 0 : at + 1, colon);
            String path = configured.substring(colon + 1);
            return new GitRemote(configured, withoutDotGit("https://" + host + "/" + (path.startsWith("/") ? path.substring(1) : path)));
        }
        return new GitRemote(configured, Path.of(configured).toAbsolutePath().normalize().toUri().toString());
    }

    private static String withoutDotGit(String url) {
        return url.endsWith(".git") ? url.substring(0, url.length() - 4) : url;
    }
}
