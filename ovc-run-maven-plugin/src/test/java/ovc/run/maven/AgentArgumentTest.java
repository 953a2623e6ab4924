package ovc.run.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentArgumentTest {

    private static final Path JAR = Path.of("/home/me/.m2/repository/ovc/run/ovc-run-agent/0.1.0/ovc-run-agent-0.1.0.jar");

    @Test
    void withoutOptionsTheArgumentIsTheJarAlone() {
        assertThat(AgentArgument.of(JAR, Map.of())).isEqualTo("-javaagent:" + JAR);
    }

    @Test
    void optionsFollowTheJarAsNameValuePairsInTheOrderGiven() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("reports", " target/reports/runs ");
        options.put("strict", "true");

        assertThat(AgentArgument.of(JAR, options)).isEqualTo("-javaagent:" + JAR + "=reports=target/reports/runs,strict=true");
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> AgentArgument.of(JAR, Map.of("reprots", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown ovc-run agent option <reprots>; valid options are ")
                .hasMessageContaining("reports");
    }

    @Test
    void aCommaInAValueIsRefusedBecauseTheAgentWouldSplitIt() {
        assertThatThrownBy(() -> AgentArgument.of(JAR, Map.of("secret.names", "A_*,B_*")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<secret.names>").hasMessageContaining("'A_*,B_*'");
    }

    @Test
    void aPathWithASpaceIsQuotedWhole() {
        assertThat(AgentArgument.of(Path.of("/Users/Jane Doe/agent.jar"), Map.of("strict", "true")))
                .isEqualTo("\"-javaagent:/Users/Jane Doe/agent.jar=strict=true\"");
    }

    @Test
    void theAgentGoesBeforeWhatThePropertyHeld() {
        assertThat(AgentArgument.prepend("-javaagent:a.jar", "-Xmx1g ")).isEqualTo("-javaagent:a.jar -Xmx1g");
        assertThat(AgentArgument.prepend("-javaagent:a.jar", null)).isEqualTo("-javaagent:a.jar");
        assertThat(AgentArgument.prepend("-javaagent:a.jar", " ")).isEqualTo("-javaagent:a.jar");
    }
}
