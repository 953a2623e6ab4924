package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ovc.run.format.CheckState;
import org.junit.jupiter.api.Test;

/** A check recorded again under its id: worse status, later name, evidence united in first-seen order. */
class CheckEntryMergeTest {

    private static final String ROWS = "run.json:$.outputs[0].rows_written";
    private static final String LINE = "run.log:line:3";

    @Test
    void theSameCheckAgainLeavesTheEntryAsItWas() {
        CheckEntry earlier = new CheckEntry("rows_inserted", "Rows inserted", CheckState.PASS, List.of(ROWS, LINE));

        CheckEntry merged = earlier.mergedWith(new CheckEntry("rows_inserted", "Rows inserted", CheckState.PASS, List.of(LINE)));

        assertThat(merged).isEqualTo(earlier);
        assertThat(merged.evidence()).containsExactly(ROWS, LINE);
    }

    @Test
    void newEvidenceIsAddedAfterTheEarlierInFirstSeenOrder() {
        CheckEntry earlier = new CheckEntry("rows_inserted", "Rows inserted", CheckState.PASS, List.of(ROWS));

        CheckEntry merged = earlier.mergedWith(new CheckEntry("rows_inserted", "Rows inserted", CheckState.PASS, List.of(LINE, ROWS)));

        assertThat(merged.evidence()).containsExactly(ROWS, LINE);
    }

    @Test
    void theWorseStatusAndTheLaterNameWin() {
        CheckEntry failed = new CheckEntry("rows_inserted", "Rows inserted", CheckState.FAIL, List.of(ROWS));

        CheckEntry merged = failed.mergedWith(new CheckEntry("rows_inserted", "Rows inserted (EUR_USD)", CheckState.PASS, List.of(ROWS)));

        assertThat(merged.status()).isEqualTo(CheckState.FAIL);
        assertThat(merged.name()).isEqualTo("Rows inserted (EUR_USD)");
        assertThat(failed.mergedWith(new CheckEntry("rows_inserted", "Rows inserted", CheckState.SKIP, List.of())).status())
                .isEqualTo(CheckState.FAIL);
        assertThat(new CheckEntry("rows_inserted", "Rows inserted", CheckState.PASS, List.of())
                .mergedWith(new CheckEntry("rows_inserted", "Rows inserted", CheckState.SKIP, List.of())).status())
                .isEqualTo(CheckState.SKIP);
    }

    @Test
    void evidenceRecordedTwiceInOneCallIsKeptOnceAfterAMerge() {
        CheckEntry earlier = new CheckEntry("rows_inserted", "Rows inserted", CheckState.PASS, List.of(ROWS, ROWS));

        CheckEntry merged = earlier.mergedWith(new CheckEntry("rows_inserted", "Rows inserted", CheckState.PASS, List.of(ROWS)));

        assertThat(merged.evidence()).containsExactly(ROWS);
    }

    @Test
    void aLongEvidenceListIsUnitedAsAShortOneIs() {
        List<String> many = new ArrayList<>();
        for (int line = 1; line <= 40; line++) {
            many.add("run.log:line:" + line);
        }
        List<String> withRepeat = new ArrayList<>(many);
        withRepeat.add("run.log:line:7");
        CheckEntry earlier = new CheckEntry("rows_inserted", "Rows inserted", CheckState.PASS, withRepeat);

        CheckEntry merged = earlier.mergedWith(new CheckEntry("rows_inserted", "Rows inserted", CheckState.PASS, List.of(ROWS)));

        List<String> expected = new ArrayList<>(many);
        expected.add(ROWS);
        assertThat(merged.evidence()).containsExactlyElementsOf(expected);
    }
}
