package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.Json;
import ovc.run.testing.TestHost;

class RequiredEnvRunTest {

    @TempDir
    Path work;

    private TestHost host;

    @BeforeEach
    void setUp() {
        host = new TestHost(work);
    }

    @Test
    void missingVariableFailsTheRunBeforeTheBodyAndNamesIt() {
        host.env.put("OANDA_API_TOKEN", "");  // empty counts as missing
        boolean[] bodyRan = {false};

        MissingEnvironmentException e = catchThrowableOfType(MissingEnvironmentException.class, () -> {
            try (RunWriter run = host.start("P2-Backfill", "OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL")) {
                bodyRan[0] = true;
            }
        });

        assertThat(bodyRan[0]).isFalse();
        assertThat(e.pipelineId()).isEqualTo("P2-Backfill");
        assertThat(e.missing()).containsExactly("NEON_DSN|DATABASE_URL", "OANDA_API_TOKEN");
        assertThat(e.getMessage()).contains("P2-Backfill", "OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL", e.runId());

        Path folder = host.reports().resolve(e.runId());
        JsonNode run = Json.read(folder.resolve("run.json"));
        assertThat(run.get("status").asText()).isEqualTo("failed");
        assertThat(run.get("env").toString()).isEqualTo("{\"missing\":[\"NEON_DSN|DATABASE_URL\",\"OANDA_API_TOKEN\"],\"present\":[]}");
        JsonNode checks = Json.read(folder.resolve("checks.json"));
        assertThat(checks.get("checks").toString()).isEqualTo("[{\"evidence\":[\"run.json:$.env.missing\"],"
                + "\"id\":\"required_env_present\",\"name\":\"Required environment variables present\",\"status\":\"fail\"}]");
    }

    @Test
    void eitherAlternativeSatisfiesAnEntry() {
        host.env.put("OANDA_API_TOKEN", "tok-abcdef");
        host.env.put("DATABASE_URL", "postgres://localhost/ovc");
        RunWriter run = host.start("P2-Backfill", "OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL");
        run.close();
        assertThat(Json.read(run.directory().resolve("run.json")).get("env").toString())
                .isEqualTo("{\"missing\":[],\"present\":[\"DATABASE_URL\",\"OANDA_API_TOKEN\"]}");
        JsonNode check = Json.read(run.directory().resolve("checks.json")).get("checks").get(0);
        assertThat(check.toString()).isEqualTo("{\"evidence\":[],\"id\":\"required_env_present\","
                + "\"name\":\"Required environment variables present\",\"status\":\"pass\"}");
    }

    @Test
    void noRequirementMeansNoCheck() {
        RunWriter run = host.start("Free");
        run.close();
        assertThat(Json.read(run.directory().resolve("checks.json")).get("checks")).isEmpty();
        assertThat(Json.read(run.directory().resolve("run.json")).get("env").toString())
                .isEqualTo("{\"missing\":[],\"present\":[]}");
    }
}
