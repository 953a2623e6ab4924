package ovc.run.examples.ovc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Candles from a CSV file ({@code instrument,block_start,open,high,low,close,volume}): the bundled
 * week of EUR_USD and GBP_USD by default, or a file named by {@code OVC_CANDLES_FILE}.
 */
public final class FixtureCandleSource implements CandleSource {

    /** The bundled fixture: 2026-01-12 to 2026-01-16, twelve blocks a day per instrument. */
    public static final String BUNDLED = "fixtures/oanda/candles_h2_2026-01-12_2026-01-16.csv";

    private static final String HEADER = "instrument,block_start,open,high,low,close,volume";

    private final String name;
    private final Path file;

    private FixtureCandleSource(String name, Path file) {
        this.name = name;
        this.file = file;
    }

    /** The bundled fixture. */
    public static FixtureCandleSource bundled() {
        return new FixtureCandleSource(BUNDLED, null);
    }

    /** A fixture file on disk. */
    public static FixtureCandleSource file(Path file) {
        return new FixtureCandleSource(file.toString(), file);
    }

    @Override
    public String describe() {
        return "fixture " + name;
    }

    @Override
    public List<Block> fetchBlocks(String instrument, DateRange range) {
        List<Block> blocks = new ArrayList<>();
        try (BufferedReader reader = open()) {
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException(name + ": expected header '" + HEADER + "', got '" + header + "'");
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Block block = parse(line, lineNumber);
                if (block.instrument().equals(instrument) && range.contains(block.start())) {
                    blocks.add(block);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        blocks.sort(Comparator.comparing(Block::start));
        return blocks;
    }

    private BufferedReader open() throws IOException {
        if (file != null) {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        InputStream in = FixtureCandleSource.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the bundled fixture " + name + " is not on the class path");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private Block parse(String line, int lineNumber) {
        String[] f = line.split(",", -1);
        try {
            if (f.length != 7) {
                throw new IllegalArgumentException("expected 7 fields, got " + f.length);
            }
            Block block = new Block(f[0], Instant.parse(f[1]), new BigDecimal(f[2]), new BigDecimal(f[3]),
                    new BigDecimal(f[4]), new BigDecimal(f[5]), Long.parseLong(f[6]));
            if (!block.isConsistent()) {
                throw new IllegalArgumentException("prices are inconsistent (low > open/close or high < open/close)");
            }
            return block;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException(name + ":" + lineNumber + ": bad candle row '" + line + "': " + e.getMessage(), e);
        }
    }
}
