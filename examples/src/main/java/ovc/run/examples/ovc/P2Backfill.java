package ovc.run.examples.ovc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import ovc.run.CheckStatus;
import ovc.run.Pipeline;
import ovc.run.Run;

/**
 * P2-Backfill: fetches two-hour candles of an instrument for a date range and upserts them into
 * {@code ovc.ovc_blocks_v01_2h}. Run with the ovc-run agent, every call of {@link #main} is a run.
 *
 * <pre>
 * OANDA_API_TOKEN=... DATABASE_URL=jdbc:h2:./ovc-db java -javaagent:ovc-run-agent.jar -cp ... \
 *     ovc.run.examples.ovc.P2Backfill --instrument EUR_USD --range 2026-01-12/2026-01-16
 * </pre>
 *
 * <p>Candles come from the bundled fixture (or the file named by {@code OVC_CANDLES_FILE}): the
 * market-data API cannot be reached from where this example is built.
 */
public final class P2Backfill {

    /** The bundled fixture's week. */
    public static final String DEFAULT_RANGE = "2026-01-12/2026-01-16";

    private P2Backfill() {}

    /** Options: {@code --instrument} (EUR_USD), {@code --range} (the fixture's week). */
    @Pipeline(id = "P2-Backfill", version = "0.1.0", requiredEnv = {"OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL"})
    public static void main(String[] args) throws SQLException {
        Args options = new Args(args, "instrument", "range");
        String candlesFile = System.getenv("OVC_CANDLES_FILE");
        CandleSource source = candlesFile == null || candlesFile.isBlank()
                ? FixtureCandleSource.bundled() : FixtureCandleSource.file(Path.of(candlesFile));
        RunFolderNotice.announce();
        try (Connection connection = Database.open(System.getenv())) {
            BlockStore.UpsertCounts counts = backfill(connection, source, options.get("instrument", "EUR_USD"),
                    DateRange.parse(options.get("range", DEFAULT_RANGE)));
            System.out.println("P2-Backfill: " + counts.inserted() + " inserted, " + counts.updated() + " updated, "
                    + counts.unchanged() + " unchanged");
        }
    }

    /** Fetches and upserts; records the input, the output table and checks into the active run. */
    public static BlockStore.UpsertCounts backfill(Connection connection, CandleSource source, String instrument,
            DateRange range) throws SQLException {
        Run.input("oanda", instrument, range.toString());
        Run.log("Fetching " + instrument + " two-hour candles " + range + " from " + source.describe());
        List<Block> blocks;
        try {
            blocks = source.fetchBlocks(instrument, range);
        } catch (RuntimeException e) {
            int line = Run.log("Fetch failed: " + e.getMessage());
            Run.check("oanda_fetch_success", "Candles fetched from OANDA", CheckStatus.FAIL, "run.log:line:" + line);
            throw e;
        }
        int fetched = Run.log("Fetched " + blocks.size() + " blocks");
        Run.check("oanda_fetch_success", "Candles fetched from OANDA", CheckStatus.PASS, "run.log:line:" + fetched);

        BlockStore.UpsertCounts counts = BlockStore.upsert(connection, blocks);
        Run.output("neon_table", OvcSchema.BLOCKS, counts.inserted(), counts.updated());
        Run.log("Upserted into " + OvcSchema.BLOCKS + ": " + counts.inserted() + " inserted, " + counts.updated()
                + " updated, " + counts.unchanged() + " unchanged");
        boolean filled = counts.inserted() + counts.updated() > 0;
        Run.check("rows_inserted", filled ? "Rows written to " + OvcSchema.BLOCKS : "Nothing to fill in " + range,
                filled ? CheckStatus.PASS : CheckStatus.SKIP, "run.json:$.outputs[0].rows_written");
        return counts;
    }
}
