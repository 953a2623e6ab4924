package com.example.orders;

import ovc.run.CheckStatus;
import ovc.run.RunStatus;
import ovc.run.junit.RecordedRuns;
import ovc.run.junit.Runs;
import org.junit.jupiter.api.Test;

/** Under failsafe, whose argLine carries -javaagent: the @Pipeline main is recorded like any run. */
@RecordedRuns
class DailyOrdersIT {

    @Test
    void everyOrderIsLoadedAndRecorded(Runs runs) {
        DailyOrders.main(new String[0]);

        runs.only("Daily-Orders")
                .assertStatus(RunStatus.SUCCESS)
                .assertCheck("orders_loaded", CheckStatus.PASS)
                .assertInput("csv", "orders.csv")
                .assertOutput("table", "sales.orders", 3)
                .assertLogContains("Loaded 3 orders");
    }
}
