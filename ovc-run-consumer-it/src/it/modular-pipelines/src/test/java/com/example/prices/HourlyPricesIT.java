package com.example.prices;

import ovc.run.CheckStatus;
import ovc.run.RunStatus;
import ovc.run.junit.RecordedRuns;
import ovc.run.junit.Runs;
import org.junit.jupiter.api.Test;

/** Under failsafe on the module path, with -javaagent: the pool threads' inputs land in the run. */
@RecordedRuns
class HourlyPricesIT {

    @Test
    void bothInstrumentsAreReadIntoOneRun(Runs runs) throws Exception {
        HourlyPrices.main(new String[0]);

        runs.only("Hourly-Prices")
                .assertStatus(RunStatus.SUCCESS)
                .assertCheck("every_instrument", CheckStatus.PASS)
                .assertInput("oanda", "EUR_USD")
                .assertInput("oanda", "GBP_USD")
                .assertOutput("table", "market.hourly_closes", 4)
                .assertLogContains("Stored 4 hourly closes");
    }
}
