package ovc.run.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.RunWriter;
import ovc.run.TestWriters;
import ovc.run.runtime.RunEnvironment;

class TwoHourBlocksTest {

    @Test
    void aggregatesHourlyCandlesIntoTwoHourBlocks() {
        List<Candle> candles = List.of(
                candle("2026-01-19T00:00:00Z", "1.0", "1.2", "0.9", "1.1", 10),
                candle("2026-01-19T01:00:00Z", "1.1", "1.3", "1.0", "1.05", 20),
                candle("2026-01-19T02:00:00Z", "1.05", "1.06", "1.01", "1.02", 5));
        List<Block> blocks = TwoHourBlocks.aggregate(candles);
        assertThat(blocks).containsExactly(
                new Block(Instant.parse("2026-01-19T00:00:00Z"), bd("1.0"), bd("1.3"), bd("0.9"), bd("1.05"), 30, 2),
                new Block(Instant.parse("2026-01-19T02:00:00Z"), bd("1.05"), bd("1.06"), bd("1.01"), bd("1.02"), 5, 1));
    }

    @Test
    void recordsItsInputOutputAndChecksIntoTheActiveRun(@TempDir Path work) throws Exception {
        RunEnvironment environment = new RunEnvironment(Map.of(), Map.of(), Clock.systemUTC(), work, System.out, System.err);
        Path folder;
        try (RunWriter run = TestWriters.in(environment, RunWriter.builder("Quickstart-Blocks", "0.1.0")).start()) {
            folder = run.directory();
            Path file = TwoHourBlocks.run(work.resolve("out"));
            assertThat(Files.readAllLines(file)).hasSize(13);
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode run = mapper.readTree(folder.resolve("run.json").toFile());
        assertThat(run.get("status").asText()).isEqualTo("success");
        assertThat(run.get("inputs").get(0).get("ref").asText()).isEqualTo(TwoHourBlocks.SOURCE);
        assertThat(run.get("outputs").get(0).get("rows_written").asInt()).isEqualTo(12);
        JsonNode checks = mapper.readTree(folder.resolve("checks.json").toFile());
        assertThat(checks.get("summary").toString()).isEqualTo("{\"fail\":0,\"pass\":2,\"skip\":0}");
    }

    private static Candle candle(String time, String o, String h, String l, String c, long v) {
        return new Candle(Instant.parse(time), bd(o), bd(h), bd(l), bd(c), v);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
