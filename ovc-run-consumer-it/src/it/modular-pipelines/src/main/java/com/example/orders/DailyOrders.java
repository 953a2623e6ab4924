package com.example.orders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ovc.run.CheckStatus;
import ovc.run.Pipeline;
import ovc.run.Run;
import ovc.run.RunInput;
import ovc.run.RunOutput;

/** A user's own pipeline: annotations only, no start or finish code. */
public final class DailyOrders {

    private DailyOrders() {}

    @Pipeline(id = "Daily-Orders", version = "1.0.0")
    public static void main(String[] args) {
        List<String> orders = readOrders("orders.csv");
        long loaded = load(orders);
        System.out.println("Loaded " + loaded + " orders");
        Run.check("orders_loaded", "Every order read was loaded",
                loaded == orders.size() ? CheckStatus.PASS : CheckStatus.FAIL, "run.json:$.outputs[0].rows_written");
    }

    /** The orders of a file on the class path, without its header line. */
    static List<String> readOrders(@RunInput(type = "csv") String resource) {
        try (InputStream in = DailyOrders.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            List<String> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stands in for the database write; the returned count becomes rows_written. */
    @RunOutput(type = "table", ref = "sales.orders")
    static long load(List<String> orders) {
        return orders.size();
    }
}
