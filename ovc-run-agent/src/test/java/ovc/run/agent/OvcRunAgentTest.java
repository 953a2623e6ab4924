package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OvcRunAgentTest {

    @Test
    void premainThatCannotStartPrintsOneLineAndReturns() {
        PrintStream realErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            // No Instrumentation: registering the transformer fails inside premain.
            OvcRunAgent.premain("reports=x", null);
        } finally {
            System.setErr(realErr);
        }

        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).singleElement().asString()
                .startsWith("[ovc-run] agent not started (java.lang.NullPointerException")
                .endsWith("the application runs without run recording");
        assertThat(Agent.get()).isNull();
    }
}
