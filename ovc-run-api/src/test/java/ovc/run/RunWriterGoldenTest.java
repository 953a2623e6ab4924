package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.contracts.ContractValidator;
import ovc.run.testing.TestClock;
import ovc.run.testing.TestHost;

/**
 * The runtime writes, from the same facts, the very bytes of the golden example
 * ({@code contracts/examples}) that the readers of the OVC pipelines' earlier, hand-written run
 * recording already know. (The cross-file rules over folders the runtime writes are checked where
 * they are implemented, by {@code ovc-run validate}'s tests.)
 */
class RunWriterGoldenTest {

    private static final Path GOLDEN = Path.of("../contracts/examples/20260119T061512Z__P2-Backfill__a1b2c3d");

    @Test
    void successRunMatchesTheGoldenFolderByteForByte(@TempDir Path work) throws Exception {
        TestHost host = new TestHost(work);
        host.env.putAll(java.util.Map.of(
                "GITHUB_ACTIONS", "true",
                "GITHUB_EVENT_NAME", "schedule",
                "GITHUB_WORKFLOW", "backfill",
                "GITHUB_SHA", "a1b2c3d9f04e6b7c8d2e1f30a4b5c6d7e8f90123",
                "GITHUB_REF", "refs/heads/main",
                "OANDA_API_TOKEN", "oanda-secret-token",
                "NEON_DSN", "postgres://ovc:pw@neon/ovc"));
        TestClock clock = host.clock;
        clock.advance(Duration.ofMillis(93));

        Path folder;
        try (RunWriter run = host.start("P2-Backfill", "OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL")) {
            folder = run.directory();
            run.input("oanda", "EUR_USD", "2026-01-18T00:00:00Z/2026-01-19T00:00:00Z");
            run.output("neon_table", "ovc.ovc_blocks_v01_1_min", 1440, 12);
            run.check("rows_written_positive", "Rows written to ovc_blocks_v01_1_min", CheckStatus.PASS,
                    "run.json:$.outputs[0].rows_written");
            for (int i = 0; i < 4; i++) {
                run.log("progress " + i);
            }
            int gapScan = run.log("Gap scan: 0 missing minutes in range");
            run.check("no_gaps_in_range", "No gaps in the backfilled range", CheckStatus.PASS, "run.log:line:" + gapScan);
            assertThat(gapScan).isEqualTo(7);
            clock.advance(Duration.ofMillis(148_123));
        }

        assertThat(folder.getFileName().toString()).isEqualTo("20260119T061512Z__P2-Backfill__a1b2c3d");
        assertThat(Files.readString(folder.resolve("run.json"))).isEqualTo(Files.readString(GOLDEN.resolve("run.json")));
        assertThat(Files.readString(folder.resolve("checks.json"))).isEqualTo(Files.readString(GOLDEN.resolve("checks.json")));
        ContractValidator validator = new ContractValidator();
        assertThat(validator.validateRun(folder.resolve("run.json"))).isEmpty();
        assertThat(validator.validateChecks(folder.resolve("checks.json"))).isEmpty();
        assertThat(host.stdout()).isEqualTo("RUN_ID=20260119T061512Z__P2-Backfill__a1b2c3d\n");
    }
}
