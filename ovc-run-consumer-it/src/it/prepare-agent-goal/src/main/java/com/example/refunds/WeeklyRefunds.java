package com.example.refunds;

import ovc.run.CheckStatus;
import ovc.run.Pipeline;
import ovc.run.Run;
import ovc.run.RunOutput;

/** A user's own pipeline, recorded by the agent that ovc-run:prepare-agent put on the JVM's command line. */
public final class WeeklyRefunds {

    private WeeklyRefunds() {}

    @Pipeline(id = "Weekly-Refunds", version = "2.1.0")
    public static void main(String[] args) {
        long refunded = settle(new long[] {1250, 990, 4300, 75});
        System.out.println("Settled " + refunded + " refunds");
        Run.check("refunds_settled", "Every refund was settled", refunded == 4 ? CheckStatus.PASS : CheckStatus.FAIL,
                "run.log:line:1");
    }

    /** Stands in for the ledger write; the returned count becomes rows_written. */
    @RunOutput(type = "table", ref = "ledger.refunds")
    static long settle(long[] amountsInCents) {
        return amountsInCents.length;
    }
}
