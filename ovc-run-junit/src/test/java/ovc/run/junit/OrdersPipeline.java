package ovc.run.junit;

import ovc.run.CheckStatus;
import ovc.run.RunWriter;

/** A pipeline written with RunWriter, as a pipeline author's code under test. */
final class OrdersPipeline {

    private OrdersPipeline() {}

    static void load(int orders) {
        try (RunWriter run = RunWriter.start("Orders-Load", "1.0.0")) {
            try {
                if (orders < 0) {
                    throw new IllegalArgumentException("a negative order count: " + orders);
                }
                run.input("csv", "orders.csv");
                System.out.println("loaded " + orders + " orders");
                run.output("table", "orders", orders);
                run.check("rows_loaded", "Rows loaded", orders > 0 ? CheckStatus.PASS : CheckStatus.SKIP,
                        "run.json:$.outputs[0].rows_written");
            } catch (RuntimeException e) {
                run.fail(e);
                throw e;
            }
        }
    }
}
