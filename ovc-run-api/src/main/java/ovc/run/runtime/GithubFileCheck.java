package ovc.run.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Whether a file GitHub Actions names ({@code GITHUB_OUTPUT}, {@code GITHUB_STEP_SUMMARY}) may be
 * appended to: a regular file, a link to one, or nothing yet (it is created). Anything else is
 * refused before it is opened: opening a FIFO for writing blocks until someone reads it, which
 * would hang the pipeline before its body, and Java has no {@code O_NONBLOCK} open. Between this
 * check and the open the file could still change; only whoever controls the workflow's files could
 * do that.
 */
final class GithubFileCheck {

    private GithubFileCheck() {}

    /** Why {@code file} must not be opened, or {@code null} when it may be. */
    static String refusal(String file) {
        try {
            Path path = Path.of(file);
            BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (own.isRegularFile()) {
                return null;
            }
            if (!own.isSymbolicLink()) {
                return "not a regular file (" + kind(own) + ")";
            }
            BasicFileAttributes target;
            try {
                target = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException dangling) {
                return "a symlink to nothing";
            }
            return target.isRegularFile() ? null : "a symlink to something not a regular file (" + kind(target) + ")";
        } catch (NoSuchFileException missing) {
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot be inspected (" + RunProblems.describe(e) + ")";
        }
    }

    private static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        return attributes.isOther() ? "a FIFO, socket or device" : "a symlink";
    }
}
