package ovc.run.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link RecordedRuns}: before each test a new temporary folder becomes
 * {@code -Dovc.run.reports}; after it the previous value is back and the folder is deleted (kept
 * when the test failed, so its runs can be read; its path is in the failure message).
 */
public final class RecordedRunsExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** The setting every run reads when it starts (below the agent's own options). */
    static final String REPORTS_PROPERTY = "ovc.run.reports";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RecordedRunsExtension.class);

    /** What one test changed, to undo after it. */
    private record State(Runs runs, String previousReports) {}

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        String unreadable = JsonReaderAccess.problem();
        if (unreadable != null) {
            throw new ExtensionConfigurationException(unreadable);
        }
        Path folder = Files.createTempDirectory("ovc-run-junit-");
        State state = new State(new Runs(folder), System.getProperty(REPORTS_PROPERTY));
        context.getStore(NAMESPACE).put(State.class, state);
        System.setProperty(REPORTS_PROPERTY, folder.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        State state = context.getStore(NAMESPACE).remove(State.class, State.class);
        if (state == null) {
            return;
        }
        if (state.previousReports() == null) {
            System.clearProperty(REPORTS_PROPERTY);
        } else {
            System.setProperty(REPORTS_PROPERTY, state.previousReports());
        }
        if (context.getExecutionException().isEmpty()) {
            delete(state.runs().folder());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Runs.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        State state = context.getStore(NAMESPACE).get(State.class, State.class);
        if (state == null) {
            throw new IllegalStateException("a Runs parameter is given to test methods (and @BeforeEach methods"
                    + " after the extension's own set-up), not to constructors or @BeforeAll methods");
        }
        return state.runs();
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the test's reports folder " + folder, e);
        }
    }
}
