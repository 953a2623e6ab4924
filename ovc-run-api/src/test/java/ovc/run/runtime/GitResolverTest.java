package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.artifact.GitInfo;

class GitResolverTest {

    private static final String SHA_A = "a1b2c3d9f04e6b7c8d2e1f30a4b5c6d7e8f90123";
    private static final String SHA_B = "5e8d41f0c2a7b9e3d6f1a4c8b2e5d7f9a0c3b6e1";

    @TempDir
    Path repo;

    private Path gitDir() throws IOException {
        return Files.createDirectories(repo.resolve(".git"));
    }

    private void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void githubVariablesWin() throws IOException {
        write(gitDir().resolve("HEAD"), "ref: refs/heads/main\n");
        write(gitDir().resolve("refs/heads/main"), SHA_B + "\n");
        GitInfo git = GitResolver.resolve(Map.of("GITHUB_SHA", SHA_A.toUpperCase(), "GITHUB_REF", "refs/pull/7/merge"), repo);
        assertThat(git).isEqualTo(new GitInfo(SHA_A, "refs/pull/7/merge"));
        assertThat(git.sha7()).isEqualTo("a1b2c3d");
    }

    @Test
    void looseRefFromASubfolderOfTheRepository() throws IOException {
        write(gitDir().resolve("HEAD"), "ref: refs/heads/feature/x\n");
        write(gitDir().resolve("refs/heads/feature/x"), SHA_A + "\n");
        Path deep = Files.createDirectories(repo.resolve("pipelines/p2"));
        assertThat(GitResolver.resolve(Map.of(), deep)).isEqualTo(new GitInfo(SHA_A, "refs/heads/feature/x"));
    }

    @Test
    void packedRefWhenNoLooseRefExists() throws IOException {
        write(gitDir().resolve("HEAD"), "ref: refs/heads/main\n");
        write(gitDir().resolve("packed-refs"), "# pack-refs with: peeled fully-peeled sorted \n"
                + SHA_B + " refs/heads/dev\n" + SHA_A + " refs/heads/main\n^" + SHA_B + "\n");
        assertThat(GitResolver.resolve(Map.of(), repo)).isEqualTo(new GitInfo(SHA_A, "refs/heads/main"));
    }

    @Test
    void packedRefsSplitIntoLinesAsReadAllLinesDoes() throws IOException {
        write(gitDir().resolve("HEAD"), "ref: refs/heads/main\n");
        write(gitDir().resolve("packed-refs"), "# pack-refs with: peeled\r\n" + SHA_B + " refs/heads/dev\r"
                + SHA_A + " refs/heads/main\r\n\n^" + SHA_B);
        assertThat(GitResolver.resolve(Map.of(), repo)).isEqualTo(new GitInfo(SHA_A, "refs/heads/main"));
        write(gitDir().resolve("packed-refs"), SHA_B + " refs/heads/dev\n" + SHA_A + " refs/heads/main");
        assertThat(GitResolver.resolve(Map.of(), repo)).isEqualTo(new GitInfo(SHA_A, "refs/heads/main"));
    }

    @Test
    void malformedUtf8IsUnreadableAsBefore() throws IOException {
        // Files.readString refused malformed UTF-8; the java.io reading that replaced it refuses it too.
        Files.write(gitDir().resolve("HEAD"), new byte[] {'r', 'e', 'f', ':', ' ', (byte) 0xff, '\n'});
        assertThat(GitResolver.resolve(Map.of(), repo)).isEqualTo(GitInfo.UNKNOWN);
    }

    @Test
    void detachedHeadHasACommitButNoBranch() throws IOException {
        write(gitDir().resolve("HEAD"), SHA_B + "\n");
        assertThat(GitResolver.resolve(Map.of(), repo)).isEqualTo(new GitInfo(SHA_B, "refs/heads/unknown"));
    }

    @Test
    void githubShaWithLocalRef() throws IOException {
        write(gitDir().resolve("HEAD"), "ref: refs/heads/main\n");
        assertThat(GitResolver.resolve(Map.of("GITHUB_SHA", SHA_B), repo)).isEqualTo(new GitInfo(SHA_B, "refs/heads/main"));
    }

    @Test
    void unbornBranchKeepsItsName() throws IOException {
        write(gitDir().resolve("HEAD"), "ref: refs/heads/main\n");
        assertThat(GitResolver.resolve(Map.of(), repo)).isEqualTo(new GitInfo("0".repeat(40), "refs/heads/main"));
    }

    @Test
    void worktreeReadsHeadFromItsOwnGitDirAndRefsFromTheCommonOne() throws IOException {
        Path main = gitDir();
        write(main.resolve("refs/heads/topic"), SHA_B + "\n");
        Path wtGitDir = main.resolve("worktrees/topic");
        write(wtGitDir.resolve("HEAD"), "ref: refs/heads/topic\n");
        write(wtGitDir.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(repo.resolve("elsewhere/topic"));
        write(worktree.resolve(".git"), "gitdir: " + wtGitDir + "\n");
        assertThat(GitResolver.resolve(Map.of(), worktree)).isEqualTo(new GitInfo(SHA_B, "refs/heads/topic"));
    }

    @Test
    void noRepositoryAtAllGivesZeros(@TempDir Path nowhere) {
        assertThat(GitResolver.resolve(Map.of("GITHUB_SHA", "not-a-sha"), nowhere)).isEqualTo(GitInfo.UNKNOWN);
        assertThat(GitInfo.UNKNOWN.sha7()).isEqualTo("0000000");
    }

    @Test
    void agreesWithRealGit() throws Exception {
        assumeTrue(run(repo, "git", "--version") != null, "git is not installed");
        run(repo, "git", "init", "-q", "-b", "trunk");
        Files.writeString(repo.resolve("a.txt"), "a");
        run(repo, "git", "add", "a.txt");
        run(repo, "git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one");
        run(repo, "git", "pack-refs", "--all");
        String head = run(repo, "git", "rev-parse", "HEAD").trim();
        assertThat(GitResolver.resolve(Map.of(), repo)).isEqualTo(new GitInfo(head, "refs/heads/trunk"));
    }

    private static String run(Path dir, String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            return process.waitFor() == 0 ? out : null;
        } catch (IOException notInstalled) {
            return null;
        }
    }
}
