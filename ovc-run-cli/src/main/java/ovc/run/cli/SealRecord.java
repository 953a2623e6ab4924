package ovc.run.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Keeps a seal's root hash outside the folder it seals when sealing runs in a GitHub workflow:
 * {@code seal_root=<hash>} in {@code $GITHUB_OUTPUT} and a line in {@code $GITHUB_STEP_SUMMARY}, each
 * only when the variable names a regular file (a FIFO there would block the command).
 */
final class SealRecord {

    private SealRecord() {}

    static void publish(Map<String, String> env, String run, String rootSha256, PrintWriter err) {
        append(env.get("GITHUB_OUTPUT"), "seal_root=" + rootSha256 + "\n", "GITHUB_OUTPUT", err);
        append(env.get("GITHUB_STEP_SUMMARY"), "Sealed `" + run + "`: ROOT_SHA256 `" + rootSha256
                + "` (integrity manifest)\n\n", "GITHUB_STEP_SUMMARY", err);
    }

    private static void append(String file, String text, String variable, PrintWriter err) {
        if (file == null || file.isEmpty()) {
            return;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            err.println("ovc-run seal: " + variable + " " + file + " is not a regular file; the root hash is not recorded there");
            return;
        }
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            err.println("ovc-run seal: cannot append to " + variable + " " + file + ": " + e.getMessage());
        }
    }
}
