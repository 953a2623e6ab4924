package ovc.run.benchmarks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationSpanCheckTest {

    /** A line OpenTelemetry's agent 2.22.0 logged for the fixture's span with the logging exporter. */
    private static final String LOGGED = "[otel.javaagent 2026-12-02 14:06:17:081 +0000] [main] INFO"
            + " io.opentelemetry.exporter.logging.LoggingSpanExporter - 'SmallPipeline.fetch' :"
            + " 041210b5945ebf814ea18367edf68e4f a3d15ee63978045a INTERNAL"
            + " [tracer: io.opentelemetry.opentelemetry-instrumentation-annotations-1.16:2.22.0-alpha] AttributesMap{}";

    @Test
    void theCheckRunsTheMeasuredCommandWithOnlyItsTraceExporterChanged() {
        List<String> measured = List.of("java", "-javaagent:otel.jar", "-Dotel.instrumentation.common.default-enabled=false",
                "-Dotel.traces.exporter=none", "-Dotel.metrics.exporter=none", "-cp", "b.jar", "Main");

        assertThat(AnnotationSpanCheck.withLoggedTraces(measured)).containsExactly("java", "-javaagent:otel.jar",
                "-Dotel.instrumentation.common.default-enabled=false", "-Dotel.traces.exporter=logging",
                "-Dotel.metrics.exporter=none", "-cp", "b.jar", "Main");
    }

    @Test
    void aCommandWithoutTracesTurnedOffIsNotOneTheCheckKnows() {
        assertThatThrownBy(() -> AnnotationSpanCheck.withLoggedTraces(List.of("java", "-cp", "b.jar", "Main")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheSpanOfTheAnnotatedMethodInTheAgentsLog() {
        String output = "OpenJDK 64-Bit Server VM warning: Sharing is only supported for boot loader classes\n"
                + LOGGED + "\nStored blocks: 60\n";

        assertThat(AnnotationSpanCheck.spanLogged(output, "SmallPipeline.fetch")).isTrue();
    }

    @Test
    void noSpanOtherSpansAndOtherInstrumentationsDoNotCount() {
        assertThat(AnnotationSpanCheck.spanLogged("Stored blocks: 60\n", "SmallPipeline.fetch")).isFalse();
        assertThat(AnnotationSpanCheck.spanLogged(LOGGED.replace("SmallPipeline.fetch", "SmallPipeline.store"),
                "SmallPipeline.fetch")).isFalse();
        assertThat(AnnotationSpanCheck.spanLogged(LOGGED.replace("opentelemetry-instrumentation-annotations", "java-http-client"),
                "SmallPipeline.fetch")).isFalse();
    }
}
