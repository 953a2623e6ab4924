package ovc.run.benchmarks.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Proves, once before measuring, that OpenTelemetry's agent with only its annotation
 * instrumentation on still does its job on the measured program: the same command, but for a
 * logging span exporter in place of none, must log the {@code @WithSpan} method's span. Without
 * this an agent configured into doing nothing would look like a cheap peer.
 */
final class AnnotationSpanCheck {

    static final String NO_TRACES = "-Dotel.traces.exporter=none";
    static final String LOGGED_TRACES = "-Dotel.traces.exporter=logging";
    /** What the logging exporter writes before each span's name. */
    static final String SPAN_LOGGED = "LoggingSpanExporter - '";
    /** The tracer name of OpenTelemetry's annotation instrumentation, in every span it makes. */
    static final String ANNOTATION_TRACER = "opentelemetry-instrumentation-annotations";

    private AnnotationSpanCheck() {}

    /** {@code command} with its traces sent to the log instead of nowhere. */
    static List<String> withLoggedTraces(List<String> command) {
        if (!command.contains(NO_TRACES)) {
            throw new IllegalArgumentException("not a command with " + NO_TRACES + ": " + command);
        }
        List<String> logged = new ArrayList<>(command);
        logged.set(logged.indexOf(NO_TRACES), LOGGED_TRACES);
        return logged;
    }

    /** Whether {@code output} of a run with the logging exporter holds the span {@code name} of the annotation instrumentation. */
    static boolean spanLogged(String output, String name) {
        for (String line : output.split("\n")) {
            if (line.contains(SPAN_LOGGED + name + "'") && line.contains(ANNOTATION_TRACER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code command} with logged traces in {@code directory} and {@code environment}.
     *
     * @throws IllegalStateException unless it exits 0 having logged the span {@code name}
     */
    static void require(List<String> command, String name, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> logged = withLoggedTraces(command);
        UntimedRun run = UntimedRun.of(logged, directory, environment);
        int exit = run.exitCode();
        String text = run.output();
        if (exit != 0 || !spanLogged(text, name)) {
            throw new IllegalStateException("OpenTelemetry's annotation instrumentation made no span '" + name + "' (exit "
                    + exit + "): " + String.join(" ", logged) + "\n" + text);
        }
    }
}
