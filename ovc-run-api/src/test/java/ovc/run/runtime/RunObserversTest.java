package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When OpenLineage export counts as configured: the plain look-ups that decide whether anything of it loads. */
class RunObserversTest {

    @TempDir
    Path dir;

    private boolean configured(Map<String, String> env, Map<String, String> properties) {
        return RunObservers.configured(env, properties, dir.toString());
    }

    @Test
    void nothingSetIsNotConfigured() {
        assertThat(configured(Map.of("PATH", "/bin"), Map.of())).isFalse();
    }

    @Test
    void eachWayOfNamingABackendConfiguresIt() throws IOException {
        assertThat(configured(Map.of("OPENLINEAGE_URL", "http://127.0.0.1:5000"), Map.of())).isTrue();
        assertThat(configured(Map.of("OVC_RUN_OPENLINEAGE_URL", "http://127.0.0.1:5000"), Map.of())).isTrue();
        assertThat(configured(Map.of(), Map.of("ovc.run.openlineage.url", "http://127.0.0.1:5000"))).isTrue();
        assertThat(configured(Map.of("OPENLINEAGE_CONFIG", "/etc/ol.yml"), Map.of())).isTrue();
        assertThat(configured(Map.of("OPENLINEAGE__TRANSPORT__TYPE", "console"), Map.of())).isTrue();
        assertThat(configured(Map.of("OPENLINEAGE_URL", " "), Map.of())).isFalse();
        Files.writeString(dir.resolve("openlineage.yml"), "transport:\n  type: console\n");
        assertThat(configured(Map.of(), Map.of())).isTrue();
    }

    @Test
    void disabledWinsOverEverything() {
        assertThat(configured(Map.of("OPENLINEAGE_URL", "http://127.0.0.1:5000", "OPENLINEAGE_DISABLED", "TRUE"),
                Map.of())).isFalse();
    }

    @Test
    void agentArgumentsWinOverPropertiesAndConfigureIt() {
        Map<String, String> properties = Map.of("ovc.run.openlineage.url", "http://property:1",
                "ovc.run.openlineage.timeout", "900");
        Map<String, String> merged = RunObservers.withOverrides(properties,
                Map.of("openlineage.url", "http://argument:2", "openlineage.namespace", "ns", "reports", "out"));

        assertThat(merged).containsEntry("ovc.run.openlineage.url", "http://argument:2")
                .containsEntry("ovc.run.openlineage.namespace", "ns")
                .containsEntry("ovc.run.openlineage.timeout", "900")
                .doesNotContainKey("ovc.run.reports");
        assertThat(configured(Map.of(), RunObservers.withOverrides(Map.of(), Map.of("openlineage.url", "http://a:1"))))
                .isTrue();
        assertThat(RunObservers.withOverrides(properties, Map.of("strict", "true"))).isSameAs(properties);
    }
}
