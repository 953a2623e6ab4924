package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.SwappedFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import ovc.run.format.FolderLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 12 of the trust issue: a run folder replaced by a symlink after it was claimed. The run's
 * files go to the folder that was claimed (now under another name), and nothing lands in the
 * link's target, which may be another run's folder.
 */
class SwappedFolderIT {

    @TempDir
    Path work;

    @Test
    void aFolderSwappedForALinkAfterTheClaimDoesNotRedirectTheRunsFiles() throws Exception {
        Path victim = Files.createDirectories(work.resolve("another-run"));
        Files.writeString(victim.resolve("run.json"), "{\"theirs\":true}\n");
        AgentProcess.Running running = AgentProcess.of(work, SwappedFolder.class).withoutAgent().start();
        String runIdLine = running.awaitLineStartingOrExit(FolderLayout.RUN_ID_LINE_PREFIX);
        assertThat(runIdLine).isNotNull();
        Path folder = work.resolve("reports/runs").resolve(runIdLine.substring(FolderLayout.RUN_ID_LINE_PREFIX.length()));
        assertThat(running.awaitLineStartingOrExit("WAITING")).isNotNull();

        Path moved = Files.move(folder, folder.resolveSibling(folder.getFileName() + ".moved"));
        Files.createSymbolicLink(folder, victim);
        running.send("GO");
        int exit = running.awaitExit();

        assertThat(exit).isZero();
        assertThat(names(victim)).as("the link's target is untouched").containsExactly("run.json");
        assertThat(Files.readString(victim.resolve("run.json"))).isEqualTo("{\"theirs\":true}\n");
        assertThat(names(moved)).as("the claimed folder, renamed, has the run's files")
                .contains(FolderLayout.RUN_JSON, FolderLayout.CHECKS_JSON, FolderLayout.RUN_LOG);
        assertThat(Files.readString(moved.resolve(FolderLayout.RUN_JSON))).contains("\"SwappedFolder\"");
        assertThat(Files.readString(moved.resolve(FolderLayout.CHECKS_JSON))).contains("\"swapped\"");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
