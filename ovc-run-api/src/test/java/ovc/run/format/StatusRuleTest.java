package ovc.run.format;

import static org.assertj.core.api.Assertions.assertThat;

import ovc.run.CheckStatus;
import ovc.run.RunStatus;
import org.junit.jupiter.api.Test;

/** The status rule of the spec, and its words as the api's enums write them. */
class StatusRuleTest {

    @Test
    void errorOrAnyFailFailsAnySkipIsPartialElseSuccess() {
        assertThat(StatusRule.runStatus(false, 0, 0)).isEqualTo(StatusWords.SUCCESS);
        assertThat(StatusRule.runStatus(false, 0, 2)).isEqualTo(StatusWords.PARTIAL);
        assertThat(StatusRule.runStatus(false, 1, 2)).isEqualTo(StatusWords.FAILED);
        assertThat(StatusRule.runStatus(true, 0, 0)).isEqualTo(StatusWords.FAILED);
    }

    @Test
    void aStatusMayBeWorseThanTheChecksGiveNeverBetter() {
        assertThat(StatusRule.allows(StatusWords.FAILED, 0, 0)).isTrue();
        assertThat(StatusRule.allows(StatusWords.PARTIAL, 0, 0)).isTrue();
        assertThat(StatusRule.allows(StatusWords.PARTIAL, 0, 1)).isTrue();
        assertThat(StatusRule.allows(StatusWords.SUCCESS, 0, 1)).isFalse();
        assertThat(StatusRule.allows(StatusWords.PARTIAL, 1, 0)).isFalse();
        assertThat(StatusRule.allows("weird", 0, 0)).isFalse();
        assertThat(StatusRule.allows(null, 0, 0)).isFalse();
    }

    @Test
    void theWordsAreTheEnumsInLowerCase() {
        for (RunStatus status : RunStatus.values()) {
            assertThat(StatusWords.isRunStatus(status.name().toLowerCase(java.util.Locale.ROOT))).isTrue();
        }
        for (CheckStatus status : CheckStatus.values()) {
            assertThat(StatusWords.isCheckStatus(status.name().toLowerCase(java.util.Locale.ROOT))).isTrue();
        }
        assertThat(StatusWords.isRunStatus(StatusWords.PASS)).isFalse();
        assertThat(StatusWords.isCheckStatus(StatusWords.SUCCESS)).isFalse();
    }
}
