package ovc.run.examples.quickstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ovc.run.CheckStatus;
import ovc.run.Run;

/**
 * The quick-start pipeline: hourly EUR/USD candles from a bundled file become two-hour blocks in
 * a CSV file. What it reads, writes and checks goes into the active run through {@link Run}, so
 * the same code is recorded under the agent and under a {@code RunWriter}.
 */
public final class TwoHourBlocks {

    /** The bundled day of hourly candles. */
    public static final String SOURCE = "quickstart/EUR_USD-2026-01-19-H1.csv";

    private static final Duration BLOCK = Duration.ofHours(2);

    private TwoHourBlocks() {}

    /**
     * Builds the blocks and writes them to {@code outputDirectory/blocks_2h.csv}.
     *
     * @return the file written
     */
    public static Path run(Path outputDirectory) {
        List<Candle> candles = CandleCsv.readResource(SOURCE);
        Run.input("csv", SOURCE, "2026-01-19");
        int line = Run.log("Read " + candles.size() + " hourly candles from " + SOURCE);
        Run.check("candles_complete", "24 hourly candles for the day",
                candles.size() == 24 ? CheckStatus.PASS : CheckStatus.FAIL, "run.log:line:" + line);

        List<Block> blocks = aggregate(candles);
        Path file = write(outputDirectory.resolve("blocks_2h.csv"), blocks);
        Run.output("file", file.toString(), blocks.size());
        long incomplete = blocks.stream().filter(b -> b.candles() != 2).count();
        Run.check("blocks_complete", "Every two-hour block has both candles",
                incomplete == 0 ? CheckStatus.PASS : CheckStatus.SKIP, "run.json:$.outputs[0].rows_written");
        Run.log("Wrote " + blocks.size() + " blocks to " + file);
        return file;
    }

    static List<Block> aggregate(List<Candle> candles) {
        Map<Instant, List<Candle>> byBlock = new TreeMap<>();
        for (Candle candle : candles) {
            long seconds = candle.time().getEpochSecond();
            Instant start = Instant.ofEpochSecond(seconds - Math.floorMod(seconds, BLOCK.getSeconds()));
            byBlock.computeIfAbsent(start, s -> new ArrayList<>()).add(candle);
        }
        List<Block> blocks = new ArrayList<>();
        byBlock.forEach((start, group) -> blocks.add(new Block(start,
                group.get(0).open(),
                group.stream().map(Candle::high).reduce(java.math.BigDecimal::max).orElseThrow(),
                group.stream().map(Candle::low).reduce(java.math.BigDecimal::min).orElseThrow(),
                group.get(group.size() - 1).close(),
                group.stream().mapToLong(Candle::volume).sum(),
                group.size())));
        return blocks;
    }

    private static Path write(Path file, List<Block> blocks) {
        StringBuilder csv = new StringBuilder("start,open,high,low,close,volume,range\n");
        for (Block b : blocks) {
            csv.append(b.start()).append(',').append(b.open()).append(',').append(b.high()).append(',')
                    .append(b.low()).append(',').append(b.close()).append(',').append(b.volume()).append(',')
                    .append(b.range()).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
