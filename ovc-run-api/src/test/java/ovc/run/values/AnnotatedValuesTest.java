package ovc.run.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ovc.run.RunInput;
import ovc.run.RunOutput;
import ovc.run.RunRef;
import ovc.run.Written;
import ovc.run.artifact.InputEntry;
import ovc.run.artifact.OutputEntry;
import ovc.run.artifact.RunFacts;
import ovc.run.runtime.ActiveRun;
import ovc.run.runtime.PipelineSpec;
import ovc.run.runtime.RunConfig;
import ovc.run.runtime.RunEnvironment;
import ovc.run.runtime.RunLifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedValuesTest {

    @TempDir
    Path reports;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    enum Instrument { EUR_USD }

    record Range(String ref, String range) implements RunRef {}

    @RunInput(type = "oanda") static void plain() {}
    @RunInput(type = "oanda", range = "2026-01") static void ranged() {}
    @RunInput(type = "neon_table", ref = "ovc.blocks") static void fixed() {}
    @RunOutput(type = "neon_table", ref = "ovc.blocks") static void fixedOut() {}
    @RunOutput(type = "file") static void plainOut() {}

    @Test
    void argumentsNameThemselvesInTheirStringForm() {
        RunFacts facts = record(run -> {
            RunInput input = annotation("plain", RunInput.class);
            recordInput(run, input, "EUR_USD");
            recordInput(run, input, Path.of("data/in.csv"));
            recordInput(run, input, new File("rel/f.txt"));
            recordInput(run, input, URI.create("https://example.org/a"));
            recordInput(run, input, Instrument.EUR_USD);
            recordInput(run, input, 42L);
            recordInput(run, input, new java.math.BigDecimal("1E+3"));
            recordInput(run, input, 'x');
            recordInput(run, input, true);
        });
        assertThat(facts.inputs()).extracting(InputEntry::ref)
                // The enum constant EUR_USD is the same input as the string, recorded once.
                .containsExactly("EUR_USD", "data/in.csv", "rel/f.txt", "https://example.org/a", "42", "1000", "x", "true");
    }

    @Test
    void uuidsAndJavaTimeValuesNameThemselvesInIso8601() {
        RunFacts facts = record(run -> {
            RunInput input = annotation("plain", RunInput.class);
            recordInput(run, input, java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
            recordInput(run, input, java.time.LocalDate.of(2026, 1, 18));
            recordInput(run, input, java.time.Instant.parse("2026-01-18T06:15:00Z"));
            recordInput(run, input, java.time.LocalDateTime.of(2026, 1, 18, 6, 15, 30));
            recordInput(run, input, java.time.YearMonth.of(2026, 1));
        });
        assertThat(facts.inputs()).extracting(InputEntry::ref).containsExactly("123e4567-e89b-12d3-a456-426614174000",
                "2026-01-18", "2026-01-18T06:15:00Z", "2026-01-18T06:15:30", "2026-01");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("cannot name");
    }

    @Test
    void anOptionalGivesItsValueAndAnEmptyOneGivesNoneSilently() {
        RunFacts facts = record(run -> {
            RunInput input = annotation("plain", RunInput.class);
            recordInput(run, input, Optional.of(java.time.LocalDate.of(2026, 1, 18)));
            recordInput(run, input, Optional.empty());
            recordInput(run, input, List.of(Optional.of("a"), Optional.empty(), Optional.of("b")));
            recordInput(run, annotation("fixed", RunInput.class), Optional.empty());
            recordInput(run, annotation("plain", RunInput.class), Optional.of(new Range("candles", "jan")));
        });
        assertThat(facts.inputs()).containsExactly(
                new InputEntry("oanda", "2026-01-18", null),
                new InputEntry("oanda", "a", null),
                new InputEntry("oanda", "b", null),
                new InputEntry("neon_table", "ovc.blocks", null),
                new InputEntry("oanda", "candles", "jan"));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aDirectoryStreamIsNoListOfInputsButOneWarning() throws Exception {
        try (java.nio.file.DirectoryStream<Path> stream = java.nio.file.Files.newDirectoryStream(reports)) {
            RunFacts facts = record(run -> recordInput(run, annotation("plain", RunInput.class), stream));
            assertThat(facts.inputs()).isEmpty();
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot name a ", "it names String, CharSequence");
    }

    @Test
    void aNumberOutputWithoutARefIsACountAndAShortWithARefIsRowsWritten() {
        RunFacts facts = record(run -> {
            recordOutput(run, annotation("plainOut", RunOutput.class), 1.5d, false);
            recordOutput(run, annotation("fixedOut", RunOutput.class), (short) 3, true);
            recordOutput(run, annotation("fixedOut", RunOutput.class), Optional.of(4L), true);
        });
        assertThat(facts.outputs()).containsExactly(
                new OutputEntry("neon_table", "ovc.blocks", 3L, null, null),
                new OutputEntry("neon_table", "ovc.blocks", 4L, null, null));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("got a count but names no ref");
    }

    @Test
    void arraysAndIterablesGiveOneInputPerElementAndNullGivesNone() {
        RunFacts facts = record(run -> {
            RunInput input = annotation("plain", RunInput.class);
            recordInput(run, input, new String[] {"a", null, "b"});
            recordInput(run, input, List.of("c", "d"));
            recordInput(run, input, new int[] {7});
            recordInput(run, input, null);
            // A Path is Iterable over its names, but it is one ref.
            recordInput(run, input, Path.of("x/y"));
        });
        assertThat(facts.inputs()).extracting(InputEntry::ref).containsExactly("a", "b", "c", "d", "7", "x/y");
    }

    @Test
    void runRefSuppliesRefAndRangeAndTheAnnotationRangeWins() {
        RunFacts facts = record(run -> {
            recordInput(run, annotation("plain", RunInput.class), new Range("candles", "jan"));
            recordInput(run, annotation("ranged", RunInput.class), new Range("ticks", "feb"));
            recordInput(run, annotation("ranged", RunInput.class), "EUR_USD");
        });
        assertThat(facts.inputs()).containsExactly(
                new InputEntry("oanda", "candles", "jan"),
                new InputEntry("oanda", "ticks", "2026-01"),
                new InputEntry("oanda", "EUR_USD", "2026-01"));
    }

    @Test
    void annotationRefWinsOverTheArgument() {
        RunFacts facts = record(run -> recordInput(run, annotation("fixed", RunInput.class),
                new String[] {"ignored", "too"}));
        assertThat(facts.inputs()).containsExactly(new InputEntry("neon_table", "ovc.blocks", null));
    }

    @Test
    void valueThatCannotNameItselfIsLeftOutWithOneWarning() {
        RunFacts facts = record(run -> {
            recordInput(run, annotation("plain", RunInput.class), new Object());
            recordInput(run, annotation("plain", RunInput.class), new Object());
        });
        assertThat(facts.inputs()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).containsOnlyOnce("cannot name a java.lang.Object");
    }

    @Test
    void returnedCountWithFixedRefIsRowsWritten() {
        RunFacts facts = record(run -> {
            RunOutput output = annotation("fixedOut", RunOutput.class);
            recordOutput(run, output, 12L, true);
            recordOutput(run, output, 13, true);
            recordOutput(run, output, Written.rows(5, 6), true);
            recordOutput(run, output, List.of("a parameter"), false);
        });
        assertThat(facts.outputs()).containsExactly(
                new OutputEntry("neon_table", "ovc.blocks", 12L, null, null),
                new OutputEntry("neon_table", "ovc.blocks", 13L, null, null),
                new OutputEntry("neon_table", "ovc.blocks", 5L, 6L, null),
                new OutputEntry("neon_table", "ovc.blocks", null, null, null));
    }

    @Test
    void returnedPathStringOrWrittenIsTheRefWithoutAFixedOne() {
        RunFacts facts = record(run -> {
            RunOutput output = annotation("plainOut", RunOutput.class);
            recordOutput(run, output, Path.of("out/a.csv"), true);
            recordOutput(run, output, "out/b.csv", true);
            recordOutput(run, output, Written.of("t.x", 3, 4), true);
            recordOutput(run, output, 99L, true);
        });
        assertThat(facts.outputs()).containsExactly(
                new OutputEntry("file", "out/a.csv", null, null, null),
                new OutputEntry("file", "out/b.csv", null, null, null),
                new OutputEntry("file", "t.x", 3L, 4L, null));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("got a count but names no ref");
    }

    private RunFacts record(java.util.function.Consumer<ActiveRun> body) {
        RunEnvironment environment = new RunEnvironment(Map.of(), Map.of(), Clock.systemUTC(), reports,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        RunConfig config = RunConfig.resolve(Map.of("reports", reports.toString(), "capture", "none"), environment);
        ActiveRun run = RunLifecycle.start(PipelineSpec.of("Values-" + System.nanoTime() % 100000, "0.1.0"),
                config, environment);
        body.accept(run);
        return RunLifecycle.finish(run, null);
    }

    /** What woven code passes for a parameter or return value marked {@code input}. */
    private static void recordInput(ActiveRun run, RunInput input, Object value) {
        AnnotatedValues.recordInput(run, input.type(), input.ref(), input.range(), value);
    }

    /** What woven code passes for a parameter or return value marked {@code output}. */
    private static void recordOutput(ActiveRun run, RunOutput output, Object value, boolean returned) {
        AnnotatedValues.recordOutput(run, output.type(), output.ref(), value, returned);
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(String method, Class<A> type) {
        try {
            Method m = AnnotatedValuesTest.class.getDeclaredMethod(method);
            return m.getAnnotation(type);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
