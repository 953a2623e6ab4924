package ovc.run.runtime;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import ovc.run.artifact.Seal;

/**
 * Seals a finished run's folder when the setting {@code seal} is true: run.json, checks.json and
 * run.log are complete by then. The manifest records the git working tree as {@code clean} or
 * {@code dirty} when {@code git diff --quiet HEAD} can tell (the one place the runtime runs git:
 * sealing is opt-in and happens once, at the end).
 */
final class RunSeal {

    private static final long GIT_TIMEOUT_SECONDS = 10;

    private RunSeal() {}

    /** Seals the folder of {@code run}, which has asked for it ({@code seal}). */
    static void seal(ActiveRun run) {
        try {
            Seal.seal(run.directory(), gitTree(run.environment()));
        } catch (IOException e) {
            run.problems().failed("the seal (manifest.json, MANIFEST.sha256)", e);
        }
    }

    /** {@code clean} or {@code dirty} (tracked files differ from HEAD), or {@code null} outside a repository or without git. */
    static String gitTree(RunEnvironment environment) {
        try {
            Process git = new ProcessBuilder("git", "diff", "--quiet", "HEAD", "--")
                    .directory(environment.workingDirectory().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!git.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            return switch (git.exitValue()) {
                case 0 -> "clean";
                case 1 -> "dirty";
                default -> null;
            };
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
