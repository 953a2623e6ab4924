package ovc.run.runtime;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import ovc.run.artifact.ClaimedFolder;
import ovc.run.artifact.UtcTimestamps;
import ovc.run.format.RunId;

/**
 * Gives each run its own folder. The run_id is {@code <UTC start>__<pipeline>__<sha7>}; two runs of
 * one pipeline in the same second at the same commit would share it, so the folder is claimed
 * with an atomic create and a taken id moves on to the next second. No run ever overwrites another.
 */
public final class RunIdAllocator {

    /** A day of seconds: more runs than that starting together means something else is wrong. */
    static final int MAX_ATTEMPTS = 86_400;

    /**
     * A claimed run folder.
     *
     * @param runId its id
     * @param folder the folder, created empty and held open: the run's files are written through it
     */
    public record Claim(String runId, ClaimedFolder folder) {
        /** The folder's path. */
        public Path directory() {
            return folder.directory();
        }
    }

    private RunIdAllocator() {}

    /** The run_id for a run of {@code pipelineId} at {@code sha7} started at {@code start}. */
    public static String runId(Instant start, String pipelineId, String sha7) {
        return RunId.of(UtcTimestamps.compact(start), pipelineId, sha7);
    }

    /**
     * Creates the run's folder under {@code reportsDirectory}, the first second from {@code start}
     * on whose id is free.
     *
     * @throws IOException when the reports folder cannot be created or written
     */
    public static Claim claim(Path reportsDirectory, Instant start, String pipelineId, String sha7) throws IOException {
        // Usually there already. Files.createDirectories would still try to create it first and
        // catch the FileAlreadyExistsException: an exception and five more JDK classes every run.
        if (!Files.isDirectory(reportsDirectory, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(reportsDirectory);
        }
        for (int second = 0; second < MAX_ATTEMPTS; second++) {
            String runId = runId(start.plusSeconds(second), pipelineId, sha7);
            Path directory = reportsDirectory.resolve(runId);
            try {
                Files.createDirectory(directory);
                return new Claim(runId, ClaimedFolder.open(reportsDirectory, runId));
            } catch (FileAlreadyExistsException taken) {
                // Another run of this pipeline owns that second: try the next one.
            }
        }
        throw new IOException("no free run_id for " + pipelineId + " within a day of " + start
                + " under " + reportsDirectory);
    }
}
