package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The run folders a fixture left, read back as a CI job or a person would read them. */
final class FixtureRunFolders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FixtureRunFolders() {}

    /** Every run folder under {@code reports}, sorted by name (run_id). */
    static List<RunFolder> all(Path reports) {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(reports)) {
            return folders.filter(Files::isDirectory).sorted().map(RunFolder::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only run folder of {@code pipelineId} under {@code reports}. */
    static RunFolder only(Path reports, String pipelineId) {
        List<RunFolder> runs = all(reports).stream().filter(run -> run.runId().contains("__" + pipelineId + "__")).toList();
        assertThat(runs).as("runs of %s under %s", pipelineId, reports).hasSize(1);
        return runs.get(0);
    }

    /** One run folder. */
    record RunFolder(Path directory) {

        String runId() {
            return directory.getFileName().toString();
        }

        boolean hasRunJson() {
            return Files.exists(directory.resolve("run.json"));
        }

        JsonNode runJson() {
            return read("run.json");
        }

        JsonNode checksJson() {
            return read("checks.json");
        }

        String status() {
            return runJson().path("status").asText();
        }

        /** The check with {@code id}, or a missing node. */
        JsonNode check(String id) {
            for (JsonNode check : checksJson().path("checks")) {
                if (check.path("id").asText().equals(id)) {
                    return check;
                }
            }
            return JSON.missingNode();
        }

        List<String> logLines() {
            try {
                return Files.readAllLines(directory.resolve("run.log"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** run.log's lines after line 1 without their timestamps. */
        List<String> logMessages() {
            List<String> messages = new ArrayList<>();
            List<String> lines = logLines();
            for (String line : lines.subList(1, lines.size())) {
                int space = line.indexOf(' ');
                messages.add(space < 0 ? line : line.substring(space + 1));
            }
            return messages;
        }

        /** The line {@code run.log:line:<n>} evidence points at (1-based). */
        String logLine(String evidence) {
            int n = Integer.parseInt(evidence.substring("run.log:line:".length()));
            return logLines().get(n - 1);
        }

        private JsonNode read(String name) {
            try {
                return JSON.readTree(directory.resolve(name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
