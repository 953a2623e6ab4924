package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import ovc.run.format.CheckState;
import ovc.run.format.RunState;
import ovc.run.format.StatusWords;
import org.junit.jupiter.api.Test;

/**
 * Each api status enum constant holds its runtime twin: the twins have the same constants (in the
 * same order, the order {@code worse} reads as best to worst), each crosses to its namesake and
 * back, and each twin's word is what the files write.
 */
class StatusTwinsTest {

    @Test
    void theTwinsHaveTheSameConstantsInTheSameOrder() {
        assertThat(Arrays.stream(CheckState.values()).map(Enum::name))
                .containsExactly(Arrays.stream(CheckStatus.values()).map(Enum::name).toArray(String[]::new));
        assertThat(Arrays.stream(RunState.values()).map(Enum::name))
                .containsExactly(Arrays.stream(RunStatus.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void eachStatusCrossesToItsTwinAndBack() {
        for (CheckStatus status : CheckStatus.values()) {
            assertThat(stateOfName(status)).isEqualTo(status.name());
        }
        for (RunStatus status : RunStatus.values()) {
            assertThat(stateOfName(status)).isEqualTo(status.name());
            assertThat(RunStatus.of(RunStatus.stateOf(status))).isSameAs(status);
        }
        assertThat(CheckStatus.stateOf(null)).isNull();
        assertThat(RunStatus.stateOf(null)).isNull();
        assertThat(RunStatus.of(null)).isNull();
    }

    private static String stateOfName(CheckStatus status) {
        return CheckStatus.stateOf(status).name();
    }

    private static String stateOfName(RunStatus status) {
        return RunStatus.stateOf(status).name();
    }

    @Test
    void theWordsAreTheFormatsWords() {
        for (CheckState state : CheckState.values()) {
            assertThat(state.word()).isEqualTo(state.name().toLowerCase(Locale.ROOT));
            assertThat(StatusWords.isCheckStatus(state.word())).isTrue();
        }
        for (RunState state : RunState.values()) {
            assertThat(state.word()).isEqualTo(state.name().toLowerCase(Locale.ROOT));
            assertThat(StatusWords.isRunStatus(state.word())).isTrue();
        }
    }

    @Test
    void worseKeepsTheWorseOfTwo() {
        assertThat(RunState.SUCCESS.worse(RunState.PARTIAL)).isEqualTo(RunState.PARTIAL);
        assertThat(RunState.FAILED.worse(RunState.PARTIAL)).isEqualTo(RunState.FAILED);
        assertThat(RunState.PARTIAL.worse(null)).isEqualTo(RunState.PARTIAL);
        assertThat(CheckState.PASS.worse(CheckState.SKIP)).isEqualTo(CheckState.SKIP);
        assertThat(CheckState.FAIL.worse(CheckState.PASS)).isEqualTo(CheckState.FAIL);
    }
}
