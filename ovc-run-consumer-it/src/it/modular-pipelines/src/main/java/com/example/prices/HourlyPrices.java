package com.example.prices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ovc.run.CheckStatus;
import ovc.run.Pipeline;
import ovc.run.Run;
import ovc.run.RunInput;
import ovc.run.RunOutput;

/** A user's pipeline in a named module: each instrument read on a pool thread, the rows stored once. */
public final class HourlyPrices {

    private static final List<String> INSTRUMENTS = List.of("EUR_USD", "GBP_USD");

    private HourlyPrices() {}

    @Pipeline(id = "Hourly-Prices", version = "1.0.0")
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(INSTRUMENTS.size());
        try {
            List<Future<List<String>>> reads = new ArrayList<>();
            for (String instrument : INSTRUMENTS) {
                reads.add(pool.submit(() -> closes(instrument)));
            }
            List<String> rows = new ArrayList<>();
            for (Future<List<String>> read : reads) {
                rows.addAll(read.get());
            }
            long stored = store(rows);
            System.out.println("Stored " + stored + " hourly closes");
            Run.check("every_instrument", "Every instrument has closes",
                    stored == 2L * INSTRUMENTS.size() ? CheckStatus.PASS : CheckStatus.FAIL);
        } finally {
            pool.shutdown();
        }
    }

    /** The hourly closes of one instrument, from the file the module carries. */
    static List<String> closes(@RunInput(type = "oanda") String instrument) {
        try (InputStream in = HourlyPrices.class.getResourceAsStream("/prices.csv")) {
            if (in == null) {
                throw new IllegalStateException("no prices.csv in the module");
            }
            List<String> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(instrument + ",")) {
                    rows.add(line);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stands in for the database write; the returned count becomes rows_written. */
    @RunOutput(type = "table", ref = "market.hourly_closes")
    static long store(List<String> rows) {
        return rows.size();
    }
}
