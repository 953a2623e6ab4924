package ovc.run.examples.quickstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code time,open,high,low,close,volume} candle files. */
final class CandleCsv {

    private CandleCsv() {}

    static List<Candle> readResource(String resource) {
        InputStream in = CandleCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no candle file " + resource + " on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Candle> candles = new ArrayList<>();
            String header = reader.readLine();
            if (!"time,open,high,low,close,volume".equals(header)) {
                throw new IllegalArgumentException(resource + ": unexpected header " + header);
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    candles.add(parse(resource, lineNumber, line));
                }
            }
            return candles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Candle parse(String resource, int lineNumber, String line) {
        String[] f = line.split(",", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException(resource + ":" + lineNumber + ": expected 6 fields, got " + f.length);
        }
        return new Candle(Instant.parse(f[0]), new BigDecimal(f[1]), new BigDecimal(f[2]), new BigDecimal(f[3]),
                new BigDecimal(f[4]), Long.parseLong(f[5]));
    }
}
