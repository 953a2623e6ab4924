package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.Json;
import ovc.run.testing.TestHost;

/**
 * Bad values handed to {@link Run} never throw into the pipeline: each is recorded in a documented
 * form or left out, with one masked warning line on stderr and in run.log, and the run is lowered to
 * partial only where something was lost. (Pipeline ids differ per test: warnings are once per JVM.)
 */
class BadValuesTest {

    @TempDir
    Path work;

    private TestHost host;

    @BeforeEach
    void setUp() {
        host = new TestHost(work);
    }

    private static JsonNode runJson(RunWriter run) {
        return Json.read(run.directory().resolve("run.json"));
    }

    private static JsonNode checksJson(RunWriter run) {
        return Json.read(run.directory().resolve("checks.json"));
    }

    private static List<String> logMessages(RunWriter run) {
        List<String> lines = TestHost.read(run.directory().resolve("run.log")).lines().toList();
        return lines.subList(1, lines.size()).stream().map(line -> line.substring(line.indexOf(' ') + 1)).toList();
    }

    private static String warning(RunWriter run, String message) {
        return "[ovc-run] WARNING: run " + run.runId() + ": " + message;
    }

    @Test
    void aCheckIdComputedAtRunTimeIsNormalisedAndTheRunLogSaysSo() {
        RunWriter run = host.start("Computed-Id");
        String instrument = "EUR_USD";
        Run.check("rows_" + instrument, "Rows for " + instrument, CheckStatus.PASS);
        run.close();

        assertThat(checksJson(run).get("checks").toString())
                .isEqualTo("[{\"evidence\":[],\"id\":\"rows_eur_usd\",\"name\":\"Rows for EUR_USD\",\"status\":\"pass\"}]");
        String line = warning(run, "check id 'rows_EUR_USD' is not snake_case; recorded as 'rows_eur_usd'");
        assertThat(logMessages(run)).contains(line);
        assertThat(host.stderr()).containsOnlyOnce(line);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void aNullEvidenceIsDroppedWithoutFailingTheCheckOrTheRun() {
        RunWriter run = host.start("Null-Evidence");
        Run.check("rows_inserted", "Rows inserted", CheckStatus.PASS, (String) null);
        Run.check("rows_updated", "Rows updated", CheckStatus.PASS, "run.log:line:1", null);
        run.close();

        assertThat(checksJson(run).get("checks").toString()).isEqualTo(
                "[{\"evidence\":[],\"id\":\"rows_inserted\",\"name\":\"Rows inserted\",\"status\":\"pass\"},"
                        + "{\"evidence\":[\"run.log:line:1\"],\"id\":\"rows_updated\",\"name\":\"Rows updated\",\"status\":\"pass\"}]");
        assertThat(logMessages(run)).contains(warning(run, "check rows_inserted got a null evidence; dropped it"));
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void aNegativeRowCountIsLeftOutAndTheRunIsPartial() {
        RunWriter run = host.start("Negative-Count");
        Run.output("neon_table", "ovc.blocks", -3L, 2L);
        run.close();

        assertThat(runJson(run).get("outputs").toString())
                .isEqualTo("[{\"ref\":\"ovc.blocks\",\"rows_updated\":2,\"type\":\"neon_table\"}]");
        assertThat(logMessages(run)).contains(warning(run,
                "output neon_table got rows_written = -3; a count cannot be negative, left it out"));
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void anExtraThatContainsItselfIsCutAndTheRunIsPartial() {
        RunWriter run = host.start("Cyclic-Extra");
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("rows", 3);
        extra.put("self", extra);
        Run.output("file", "out.csv", extra);
        run.close();

        assertThat(runJson(run).get("outputs").toString()).isEqualTo(
                "[{\"extra\":{\"rows\":3,\"self\":\"<cycle: cut>\"},\"ref\":\"out.csv\",\"type\":\"file\"}]");
        assertThat(logMessages(run)).contains(warning(run,
                "output file extra: a java.util.LinkedHashMap that contains itself was cut at <cycle: cut>"));
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void anExtraNested5000DeepIsCutAt32Levels() {
        RunWriter run = host.start("Deep-Extra");
        Map<String, Object> root = new HashMap<>();
        Map<String, Object> level = root;
        for (int i = 0; i < 5000; i++) {
            Map<String, Object> next = new HashMap<>();
            level.put("n", next);
            level = next;
        }
        Run.output("file", "deep.json", root);
        run.close();

        String expected = "\"<deeper than 32 levels: cut>\"";
        for (int i = 0; i < 32; i++) {
            expected = "{\"n\":" + expected + "}";
        }
        assertThat(runJson(run).get("outputs").get(0).get("extra").toString()).isEqualTo(expected);
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void aValueWhoseToStringThrowsIsAPlaceholderAndNonFiniteNumbersAreStrings() {
        RunWriter run = host.start("Hostile-Extra");
        Object hostile = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("boom");
            }
        };
        Run.output("file", "f", Map.of("v", hostile));
        Run.output("file", "g", Map.of("ratio", Double.POSITIVE_INFINITY));
        run.close();

        assertThat(runJson(run).get("outputs").toString()).isEqualTo(
                "[{\"extra\":{\"v\":\"<toString() threw java.lang.IllegalStateException>\"},\"ref\":\"f\",\"type\":\"file\"},"
                        + "{\"extra\":{\"ratio\":\"Infinity\"},\"ref\":\"g\",\"type\":\"file\"}]");
        assertThat(logMessages(run)).contains(
                warning(run, "output file extra: the toString() of a " + hostile.getClass().getName()
                        + " threw java.lang.IllegalStateException; recorded a placeholder"),
                warning(run, "output file extra: the number Infinity is not a JSON value; recorded it as a string"));
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void onlyNormalisationsKeepTheRunSuccessful() {
        RunWriter run = host.start("Normalised");
        Run.output("file", "g", Map.of("ratio", Double.NaN));
        Run.input("Neon Table", "ovc.blocks");
        Run.check("ok", null, CheckStatus.PASS);
        run.close();

        assertThat(runJson(run).get("inputs").toString()).isEqualTo("[{\"ref\":\"ovc.blocks\",\"type\":\"neon_table\"}]");
        assertThat(checksJson(run).get("checks").get(0).get("name").asText()).isEqualTo("ok");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void recordsWithoutARefOrIdAreLeftOutAndMalformedEvidenceToo() {
        RunWriter run = host.start("Left-Out");
        Run.input("csv", null);
        Run.output("file", "");
        Run.check("---", "No id", CheckStatus.FAIL);
        Run.check("kept", "Kept", CheckStatus.PASS, "rows=12");
        run.close();

        assertThat(runJson(run).get("inputs").toString()).isEqualTo("[]");
        assertThat(runJson(run).get("outputs").toString()).isEqualTo("[]");
        assertThat(checksJson(run).get("checks").toString())
                .isEqualTo("[{\"evidence\":[],\"id\":\"kept\",\"name\":\"Kept\",\"status\":\"pass\"}]");
        assertThat(logMessages(run)).contains(
                warning(run, "input csv has a null ref; the record is left out"),
                warning(run, "output file has an empty ref; the record is left out"),
                warning(run, "check id '---' has no letter or digit; the record is left out"));
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void warningsAreMasked() {
        String token = "oanda-live-7c1e55d0";
        host.env.put("OANDA_API_TOKEN", token);
        RunWriter run = host.start("Masked-Warning");
        Run.check("rows_" + token, "Rows", CheckStatus.PASS);
        run.close();

        assertThat(host.stderr()).contains("is not snake_case").doesNotContain(token);
        assertThat(TestHost.read(run.directory().resolve("run.log"))).contains("is not snake_case").doesNotContain(token);
    }

    @Test
    void anExceptionWhoseGetMessageThrowsStillFinishesTheRun() {
        RunWriter run = host.start("Hostile-Error");
        RuntimeException hostile = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("no message for you");
            }
        };
        assertThat(run.fail(hostile)).isEqualTo(RunStatus.FAILED);

        assertThat(runJson(run).get("status").asText()).isEqualTo("failed");
        JsonNode check = checksJson(run).get("checks").get(0);
        assertThat(check.get("id").asText()).isEqualTo("execution_error");
        assertThat(logMessages(run)).anyMatch(line -> line.startsWith("Execution failed: " + hostile.getClass().getName()
                + ": <getMessage() threw java.lang.IllegalStateException>"));
    }
}
