package com.example.refunds;

import ovc.run.CheckStatus;
import ovc.run.RunStatus;
import ovc.run.junit.RecordedRuns;
import ovc.run.junit.Runs;
import org.junit.jupiter.api.Test;

/** Under failsafe, with no argLine of its own: prepare-agent's argLine started the agent. */
@RecordedRuns
class WeeklyRefundsIT {

    @Test
    void theRefundsAreSettledAndRecorded(Runs runs) {
        WeeklyRefunds.main(new String[0]);

        runs.only("Weekly-Refunds")
                .assertStatus(RunStatus.SUCCESS)
                .assertCheck("refunds_settled", CheckStatus.PASS)
                .assertOutput("table", "ledger.refunds", 4)
                .assertLogContains("Settled 4 refunds");
    }
}
