package ovc.run.benchmarks.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The little file handling the harness needs. */
final class Folders {

    private Folders() {}

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    static int countFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    /** The run.json files under {@code reports}, one per run folder. */
    static List<Path> runJsons(Path reports) {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> runs = Files.list(reports)) {
            return runs.map(run -> run.resolve("run.json")).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that {@code reports} holds exactly one finished run whose run.json contains every
     * one of {@code expected}, then deletes the folder so the next run starts from nothing.
     */
    static void requireOneRunThenDelete(Path reports, String variant, String... expected) throws IOException {
        List<Path> runs = runJsons(reports);
        if (runs.size() != 1) {
            throw new IllegalStateException(variant + ": expected one finished run folder under " + reports
                    + ", found " + runs.size());
        }
        String json = Files.readString(runs.get(0));
        for (String text : expected) {
            if (!json.contains(text)) {
                throw new IllegalStateException(variant + ": " + runs.get(0) + " does not contain " + text);
            }
        }
        delete(reports);
    }
}
