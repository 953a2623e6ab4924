package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WarningsTest {

    @Test
    void aRepeatedMessagePrintsOnce() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Warnings.once(err, "WarningsTest: disk full in run-a");
        Warnings.once(err, "WarningsTest: disk full in run-a");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[ovc-run] WarningsTest: disk full in run-a\n");
    }

    @Test
    void aLongLivedJvmRemembersOnlyRecentMessages() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Warnings.once(err, "WarningsTest: first of many runs");
        for (int i = 0; i < Warnings.REMEMBERED; i++) {
            Warnings.once(err, "WarningsTest: run " + i);
        }
        bytes.reset();
        // Forgotten, so it prints again: the set holds REMEMBERED messages, not every run's.
        Warnings.once(err, "WarningsTest: first of many runs");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[ovc-run] WarningsTest: first of many runs\n");
    }
}
