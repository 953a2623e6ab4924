package ovc.run.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** What the extension leaves behind each test: run by the JUnit launcher, as a build runs it. */
class RecordedRunsLifecycleTest {

    /** Each test's reports folder, by test method name. */
    static final Map<String, Path> FOLDERS = new ConcurrentHashMap<>();

    /** Set while the test below launches {@link PipelineTests}: run directly (-Dtest=...), they are skipped. */
    static final String LAUNCHED = "ovc.run.junit.test.launched";

    /** One passing and one failing test with the extension, launched by the test below. */
    @RecordedRuns
    @EnabledIfSystemProperty(named = LAUNCHED, matches = "true")
    static class PipelineTests {
        @Test
        void passes(Runs runs, TestInfo test) {
            FOLDERS.put(test.getTestMethod().orElseThrow().getName(), runs.folder());
            OrdersPipeline.load(1);
        }

        @Test
        void fails(Runs runs, TestInfo test) {
            FOLDERS.put(test.getTestMethod().orElseThrow().getName(), runs.folder());
            OrdersPipeline.load(1);
            fail("on purpose");
        }
    }

    @Test
    void folderIsDeletedAfterAPassingTestKeptAfterAFailingOneAndThePropertyRestored() {
        System.setProperty(RecordedRunsExtension.REPORTS_PROPERTY, "reports/before");
        System.setProperty(LAUNCHED, "true");
        try {
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(
                    LauncherDiscoveryRequestBuilder.request().selectors(selectClass(PipelineTests.class)).build(), listener);
            TestExecutionSummary summary = listener.getSummary();

            assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
            assertThat(summary.getTestsFailedCount()).isEqualTo(1);
            assertThat(FOLDERS.get("passes")).doesNotExist();
            Path kept = FOLDERS.get("fails");
            assertThat(kept).isDirectory();
            assertThat(new Runs(kept).only().folder()).isDirectory();
            assertThat(System.getProperty(RecordedRunsExtension.REPORTS_PROPERTY)).isEqualTo("reports/before");
        } finally {
            System.clearProperty(RecordedRunsExtension.REPORTS_PROPERTY);
            System.clearProperty(LAUNCHED);
            deleteKept();
        }
    }

    private static void deleteKept() {
        Path kept = FOLDERS.get("fails");
        if (kept != null && Files.isDirectory(kept)) {
            try (var paths = Files.walk(kept)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
