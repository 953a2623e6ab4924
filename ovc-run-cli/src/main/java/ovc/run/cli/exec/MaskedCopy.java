package ovc.run.cli.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import ovc.run.runtime.ActiveRun;

/**
 * Replaces a file the command wrote into its run folder by a copy masked line by line, so that what
 * exec keeps of it is masked like run.log: the raw file never stays in the folder.
 */
final class MaskedCopy {

    private MaskedCopy() {}

    /**
     * Writes {@code lines} (the content of {@code raw}), each masked, to {@code target}, then deletes
     * {@code raw}. When {@code target} exists (the command wrote one itself), only the delete happens.
     *
     * @return whether the masked copy is at {@code target}
     */
    static boolean replace(ActiveRun run, ExecMask mask, Path raw, Path target, List<String> lines) {
        String name = run.directory().relativize(target).toString();
        boolean copied = false;
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                run.log(name + " already exists; " + raw.getFileName() + " is not kept");
            } else {
                StringBuilder text = new StringBuilder();
                for (String line : lines) {
                    text.append(mask.mask(line)).append('\n');
                }
                Files.createDirectories(target.getParent());
                Files.write(target, text.toString().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                copied = true;
            }
        } catch (IOException e) {
            run.log(raw.getFileName() + " could not be copied to " + name + ": " + e.getMessage());
        }
        try {
            Files.delete(raw);
        } catch (IOException e) {
            run.log(raw.getFileName() + " could not be removed from the run folder: " + e.getMessage());
        }
        return copied;
    }
}
