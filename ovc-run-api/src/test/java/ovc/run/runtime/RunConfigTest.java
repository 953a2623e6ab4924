package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ovc.run.testing.TestClock;

class RunConfigTest {

    private static RunEnvironment environment(Map<String, String> env, Map<String, String> properties) {
        return new RunEnvironment(env, properties, new TestClock("2026-01-19T00:00:00Z"), Path.of("/srv/pipelines"),
                System.out, System.err);
    }

    @Test
    void defaults() {
        RunConfig config = RunConfig.resolve(environment(Map.of(), Map.of()));
        assertThat(config.reportsDirectory()).isEqualTo(Path.of("/srv/pipelines/reports/runs"));
        assertThat(config.triggerType()).isNull();
        assertThat(config.strict()).isFalse();
        assertThat(config.capture()).isTrue();
        assertThat(config.debug()).isFalse();
        assertThat(config.problems()).isEmpty();
    }

    @Test
    void overridesBeatPropertiesWhichBeatVariables() {
        Map<String, String> env = Map.of("OVC_RUN_REPORTS", "from-env", "OVC_RUN_STRICT", "true",
                "OVC_RUN_CAPTURE", "none", "OVC_RUN_TRIGGER_ACTOR", "env-actor");
        Map<String, String> properties = Map.of("ovc.run.reports", "from-property", "ovc.run.strict", "false");
        RunConfig config = RunConfig.resolve(Map.of("reports", "/abs/from-agent"), environment(env, properties));
        assertThat(config.reportsDirectory()).isEqualTo(Path.of("/abs/from-agent"));
        assertThat(config.strict()).isFalse();
        assertThat(config.capture()).isFalse();
        assertThat(config.triggerActor()).isEqualTo("env-actor");

        assertThat(RunConfig.resolve(environment(env, properties)).reportsDirectory())
                .isEqualTo(Path.of("/srv/pipelines/from-property"));
        assertThat(RunConfig.resolve(environment(env, Map.of())).reportsDirectory())
                .isEqualTo(Path.of("/srv/pipelines/from-env"));
    }

    @Test
    void invalidValuesFallBackAndSaySo() {
        Map<String, String> env = Map.of("OVC_RUN_TRIGGER", "cron", "OVC_RUN_STRICT", "yes", "OVC_RUN_CAPTURE", "some");
        RunConfig config = RunConfig.resolve(environment(env, Map.of()));
        assertThat(config.triggerType()).isNull();
        assertThat(config.strict()).isFalse();
        assertThat(config.capture()).isTrue();
        assertThat(config.problems()).containsExactly(
                "trigger 'cron' is not one of [github_schedule, github_dispatch, local_cli, worker_http, worker_cron];"
                        + " detecting the trigger instead",
                "strict 'yes' is not true or false; using false",
                "capture 'some' is not 'all' or 'none'; capturing all");
    }
}
