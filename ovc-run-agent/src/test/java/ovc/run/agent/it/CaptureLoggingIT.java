package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.logging.Jul;
import fixture.logging.Log4j;
import fixture.logging.Logback;
import fixture.logging.OwnStreams;
import fixture.logging.Slf4jSimple;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11 case 9: what a logging library prints to the console lands in run.log once per line, in
 * order, attributed as prints are, whether the library was set up before the run or during it. The
 * libraries are the real ones from Maven Central, each alone on its fixture's class path.
 */
class CaptureLoggingIT {

    @TempDir
    Path work;

    /** run.log's lines between "Run started" and "Run finished", without timestamps. */
    private List<String> loggedInRun(AgentProcess.Result result, String pipelineId) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> messages = FixtureRunFolders.only(work.resolve("reports/runs"), pipelineId).logMessages();
        assertThat(messages.get(0)).startsWith("Run started: pipeline " + pipelineId);
        assertThat(messages.get(messages.size() - 1)).startsWith("Run finished: status success");
        return messages.subList(1, messages.size() - 1);
    }

    private static List<String> expected(String info, String warn) {
        return List.of(info + "fetched 3 candles", "printed between", info + "from a thread the run started",
                warn + "two lines", "in one message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"before", "during"})
    void julConsoleHandler(String when) {
        AgentProcess.Result result = AgentProcess.of(work, Jul.class).args(when).run();

        assertThat(loggedInRun(result, "Jul-Logging")).containsExactlyElementsOf(expected("JUL INFO ", "JUL WARNING "));
        assertThat(result.stderr()).contains("JUL INFO fetched 3 candles\n", "JUL INFO after the run\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"before", "during"})
    void logbackConsoleAppender(String when) {
        AgentProcess.Result result = AgentProcess.of(work, Logback.class).args(when)
                .classPathOf(ch.qos.logback.classic.Logger.class).classPathOf(ch.qos.logback.core.Appender.class)
                .classPathOf(org.slf4j.Logger.class).run();

        assertThat(loggedInRun(result, "Logback-Logging"))
                .containsExactlyElementsOf(expected("LOGBACK INFO ", "LOGBACK WARN "));
        assertThat(result.stdout()).contains("LOGBACK INFO fetched 3 candles\n", "LOGBACK INFO after the run\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"before", "during"})
    void log4jConsoleAppender(String when) {
        AgentProcess.Result result = AgentProcess.of(work, Log4j.class).args(when)
                .classPathOf(org.apache.logging.log4j.core.Logger.class)
                .classPathOf(org.apache.logging.log4j.Logger.class).run();

        assertThat(loggedInRun(result, "Log4j-Logging")).containsExactlyElementsOf(expected("LOG4J INFO ", "LOG4J WARN "));
        assertThat(result.stdout()).contains("LOG4J INFO fetched 3 candles\n", "LOG4J INFO after the run\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"before", "during"})
    void slf4jSimple(String when) {
        AgentProcess.Result result = AgentProcess.of(work, Slf4jSimple.class).args(when)
                .classPathOf(org.slf4j.simple.SimpleLogger.class).classPathOf(org.slf4j.Logger.class).run();

        assertThat(loggedInRun(result, "Slf4j-Simple-Logging"))
                .containsExactlyElementsOf(expected("INFO fixture.slf4j - ", "WARN fixture.slf4j - "));
        assertThat(result.stderr()).contains("INFO fixture.slf4j - after the run\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"replace", "wrap"})
    void anApplicationsOwnSystemOutIsKeptAndWhatItPrintsIsCapturedOnce(String how) {
        AgentProcess.Result result = AgentProcess.of(work, OwnStreams.class).args(how).run();

        assertThat(loggedInRun(result, "Own-Streams")).containsExactly("printed in the run");
        assertThat(result.stdout()).contains("printed in the run\n", "after the run\n");
    }

    @Test
    void withoutARunNothingIsCapturedAndTheConsoleIsUnchanged() {
        AgentProcess.Result result = AgentProcess.of(work, fixture.Hello.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEqualTo("hello\n");
        assertThat(result.stderr()).isEmpty();
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).isEmpty();
    }
}
