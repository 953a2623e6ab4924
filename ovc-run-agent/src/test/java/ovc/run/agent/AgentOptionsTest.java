package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void runSettingsAreTakenByName() {
        AgentOptions options = parse("reports=/tmp/r, trigger=worker_cron,strict=true,capture=none,debug=true");

        assertThat(options.settings()).isEqualTo(Map.of("reports", "/tmp/r", "trigger", "worker_cron",
                "strict", "true", "capture", "none", "debug", "true"));
        assertThat(options.debug()).isTrue();
        assertThat(err.size()).isZero();
    }

    @Test
    void unknownOrMalformedOptionsAreNamedInOneLineWithTheValidNames() {
        AgentOptions options = parse("colour=blue,strict,reports=x");

        assertThat(options.settings()).isEqualTo(Map.of("reports", "x"));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).hasSize(1);
        assertThat(printed).contains("colour=blue", "strict", "cache, capture, debug, openlineage.datasets, "
                + "openlineage.namespace, openlineage.timeout, openlineage.url, reports, seal, secret.names, strict, trigger, "
                + "trigger.actor, trigger.source");
    }

    @Test
    void cacheIsASettingOnlyTheAgentReads() {
        AgentOptions options = parse("cache=off,reports=x");

        assertThat(options.settings()).isEqualTo(Map.of("cache", "off", "reports", "x"));
        assertThat(options.cacheFolder()).isNull();
        assertThat(parse("cache=/tmp/woven").cacheFolder()).isEqualTo(java.nio.file.Path.of("/tmp/woven"));
    }

    @Test
    void noArgumentsMeanNoSettings() {
        assertThat(parse(null).settings()).isEmpty();
        assertThat(parse("").settings()).isEmpty();
        assertThat(err.size()).isZero();
    }

    private AgentOptions parse(String text) {
        return AgentOptions.parse(text, new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
