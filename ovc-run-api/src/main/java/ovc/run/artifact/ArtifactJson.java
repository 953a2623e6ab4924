package ovc.run.artifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ovc.run.format.CheckState;
import ovc.run.json.CanonicalJson;

/** Renders {@link RunFacts} as the exact text of run.json and checks.json. */
public final class ArtifactJson {

    private ArtifactJson() {}

    /** The text of run.json. */
    public static String runJson(RunFacts facts) {
        return CanonicalJson.write(runTree(facts));
    }

    /** The text of checks.json. */
    public static String checksJson(RunFacts facts) {
        return CanonicalJson.write(checksTree(facts));
    }

    /** run.json as a tree for {@link CanonicalJson}. */
    public static Map<String, Object> runTree(RunFacts facts) {
        Map<String, Object> run = new LinkedHashMap<>(16);
        run.put("run_id", facts.runId());
        run.put("pipeline_id", facts.pipelineId());
        run.put("pipeline_version", facts.pipelineVersion());
        run.put("started_utc", UtcTimestamps.seconds(facts.started()));
        run.put("finished_utc", UtcTimestamps.seconds(facts.finished()));
        run.put("duration_ms", facts.durationMs());
        run.put("status", facts.status().word());
        run.put("trigger", Map.of(
                "type", facts.trigger().type(),
                "source", facts.trigger().source(),
                "actor", facts.trigger().actor()));
        run.put("git", Map.of(
                "sha", facts.git().sha(),
                "sha7", facts.git().sha7(),
                "ref", facts.git().ref()));
        run.put("env", Map.of("present", facts.env().present(), "missing", facts.env().missing()));
        List<Object> inputs = new ArrayList<>(facts.inputs().size());
        for (InputEntry input : facts.inputs()) {
            inputs.add(input.toJson());
        }
        run.put("inputs", inputs);
        List<Object> outputs = new ArrayList<>(facts.outputs().size());
        for (OutputEntry output : facts.outputs()) {
            outputs.add(output.toJson());
        }
        run.put("outputs", outputs);
        return run;
    }

    /** checks.json as a tree for {@link CanonicalJson}. */
    public static Map<String, Object> checksTree(RunFacts facts) {
        List<Object> checks = new ArrayList<>(facts.checks().size());
        for (CheckEntry check : facts.checks()) {
            checks.add(check.toJson());
        }
        return Map.of(
                "run_id", facts.runId(),
                "checks", checks,
                "summary", Map.of(
                        "pass", facts.count(CheckState.PASS),
                        "fail", facts.count(CheckState.FAIL),
                        "skip", facts.count(CheckState.SKIP)));
    }
}
