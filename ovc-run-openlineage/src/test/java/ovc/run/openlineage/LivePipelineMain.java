package ovc.run.openlineage;

import ovc.run.CheckStatus;
import ovc.run.RunWriter;

/** A small RunWriter pipeline for the forked-JVM tests: one input, one output, one check; {@code fail} throws. */
public final class LivePipelineMain {

    private LivePipelineMain() {}

    /** Runs it; with argument {@code fail} the body throws (FAIL event with errorMessage). */
    public static void main(String[] args) {
        try (RunWriter run = RunWriter.start("Live-Lineage", "1.2.3")) {
            run.input("oanda", "EUR_USD", "2026-01-01/2026-01-02");
            run.output("file", "out/blocks.csv", 42);
            run.check("rows_written", "Rows written", CheckStatus.PASS);
            if (args.length > 0 && args[0].equals("fail")) {
                IllegalStateException error = new IllegalStateException("backend said no");
                run.fail(error);
            }
        }
    }
}
