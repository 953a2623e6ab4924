package ovc.run.cli.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/** Complete run folders made to order for the report's tests. */
final class RunFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunFixtures() {}

    /**
     * Writes a complete run folder {@code <compact>__<pipeline>__0000000} whose checks are
     * {@code checks} (id → pass/fail; evidence none) and whose run.log is {@code log}.
     *
     * @return the folder
     */
    static Path run(Path reports, String compact, String pipeline, Map<String, String> checks, String log,
            Map<String, String> checkNames) {
        String runId = compact + "__" + pipeline + "__0000000";
        String started = compact.substring(0, 4) + "-" + compact.substring(4, 6) + "-" + compact.substring(6, 11) + ":"
                + compact.substring(11, 13) + ":" + compact.substring(13, 15) + "Z";
        List<Object> list = new ArrayList<>();
        int pass = 0;
        int fail = 0;
        for (Map.Entry<String, String> check : checks.entrySet()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("evidence", check.getValue().equals("fail") ? List.of("run.log:line:2", "run.json:$.outputs[0].rows_written") : List.of());
            entry.put("id", check.getKey());
            entry.put("name", checkNames.getOrDefault(check.getKey(), check.getKey()));
            entry.put("status", check.getValue());
            list.add(entry);
            if (check.getValue().equals("pass")) {
                pass++;
            } else {
                fail++;
            }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("duration_ms", 1500);
        run.put("env", Map.of("missing", List.of(), "present", List.of("DATABASE_URL")));
        run.put("finished_utc", started);
        run.put("git", Map.of("ref", "refs/heads/main", "sha", "0000000000000000000000000000000000000000", "sha7", "0000000"));
        run.put("inputs", List.of(Map.of("ref", "data/in.csv", "type", "csv")));
        run.put("outputs", List.of(Map.of("ref", "data/out.csv", "rows_written", 42, "type", "file")));
        run.put("pipeline_id", pipeline);
        run.put("pipeline_version", "1.0.0");
        run.put("run_id", runId);
        run.put("started_utc", started);
        run.put("status", fail > 0 ? "failed" : "success");
        run.put("trigger", Map.of("type", "manual"));
        Map<String, Object> checksJson = new LinkedHashMap<>();
        checksJson.put("checks", list);
        checksJson.put("run_id", runId);
        checksJson.put("summary", Map.of("fail", fail, "pass", pass, "skip", 0));
        Path folder = reports.resolve(runId);
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve("checks.json"), JSON.writeValueAsBytes(checksJson));
            Files.writeString(folder.resolve("run.log"), log, UTF_8);
            Files.write(folder.resolve("run.json"), JSON.writeValueAsBytes(run));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
