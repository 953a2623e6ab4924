package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import ovc.run.artifact.TriggerInfo;
import ovc.run.testing.TestClock;

class TriggerDetectorTest {

    private static RunConfig config(Map<String, String> overrides, Map<String, String> env) {
        return RunConfig.resolve(overrides, new RunEnvironment(env, Map.of(), new TestClock("2026-01-19T00:00:00Z"),
                Path.of("/work"), System.out, System.err));
    }

    @ParameterizedTest
    @CsvSource({
        "schedule,          github_schedule, workflow:backfill",
        "workflow_dispatch, github_dispatch, workflow:backfill",
        "push,              github_dispatch, workflow:backfill:push",
        "'',                github_dispatch, workflow:backfill",
    })
    void githubActionsEvents(String event, String type, String source) {
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_EVENT_NAME", event,
                "GITHUB_WORKFLOW", "backfill", "GITHUB_ACTOR", "octocat");
        assertThat(TriggerDetector.detect(config(Map.of(), env), env)).isEqualTo(new TriggerInfo(type, source, "octocat"));
    }

    @Test
    void githubActorDefaultsToTheBot() {
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_EVENT_NAME", "schedule");
        assertThat(TriggerDetector.detect(config(Map.of(), env), env))
                .isEqualTo(new TriggerInfo("github_schedule", "workflow:unknown", "github-actions[bot]"));
    }

    @Test
    void localRunsNameTheUser() {
        assertThat(TriggerDetector.detect(config(Map.of(), Map.of()), Map.of("USER", "ana")))
                .isEqualTo(new TriggerInfo("local_cli", "cli", "ana"));
        assertThat(TriggerDetector.detect(config(Map.of(), Map.of()), Map.of("USERNAME", "bo")).actor()).isEqualTo("bo");
        assertThat(TriggerDetector.detect(config(Map.of(), Map.of()), Map.of()).actor()).isEqualTo("unknown");
    }

    @Test
    void workerTriggersComeFromConfiguration() {
        Map<String, String> env = Map.of("OVC_RUN_TRIGGER", "worker_cron", "OVC_RUN_TRIGGER_SOURCE", "worker:ovc-scheduler",
                "USER", "svc");
        assertThat(TriggerDetector.detect(config(Map.of(), env), env))
                .isEqualTo(new TriggerInfo("worker_cron", "worker:ovc-scheduler", "svc"));
        assertThat(TriggerDetector.detect(config(Map.of("trigger", "worker_http", "trigger.actor", "cf"), env), env))
                .isEqualTo(new TriggerInfo("worker_http", "worker:ovc-scheduler", "cf"));
    }
}
