package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code openlineage.timeout} read as milliseconds, one way for the runtime, the exporter and the CLI alike. */
class SettingMillisTest {

    private static final Setting TIMEOUT = Setting.OPENLINEAGE_TIMEOUT;

    @Test
    void aPositiveNumberIsTakenAsItIs() {
        assertThat(TIMEOUT.millis("1500")).isEqualTo(1500);
        assertThat(TIMEOUT.millisProblem("1500")).isNull();
    }

    @Test
    void unsetIsTheDefaultWithoutAProblem() {
        assertThat(TIMEOUT.millis(null)).isEqualTo(5000);
        assertThat(TIMEOUT.millisProblem(null)).isNull();
    }

    @Test
    void anythingElseIsTheDefaultAndSaysSo() {
        for (String bad : new String[] {"5s", "0", "-5", "1.5", "99999999999999999999"}) {
            assertThat(TIMEOUT.millis(bad)).as(bad).isEqualTo(5000);
            assertThat(TIMEOUT.millisProblem(bad)).as(bad)
                    .isEqualTo("openlineage.timeout '" + bad + "' is not a positive number of milliseconds; using 5000");
        }
    }
}
