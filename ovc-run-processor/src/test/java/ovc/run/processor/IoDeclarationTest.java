package ovc.run.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static ovc.run.processor.Compiles.assertSingleError;
import static ovc.run.processor.Compiles.compile;
import static ovc.run.processor.Compiles.messages;
import static ovc.run.processor.Compiles.pipelineClass;
import static ovc.run.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class IoDeclarationTest {

    @Test
    void everyTypeThatCanBecomeARefCompilesWithoutWarnings() {
        JavaFileObject file = pipelineClass("""
                enum Instrument { EUR_USD }

                void read(@RunInput(type = "oanda") String instrument,
                          @RunInput(type = "file") Path path,
                          @RunInput(type = "file") java.io.File file,
                          @RunInput(type = "http") java.net.URI uri,
                          @RunInput(type = "http") java.net.URL url,
                          @RunInput(type = "oanda") Instrument enumValue,
                          @RunInput(type = "command") int exitCode,
                          @RunInput(type = "command") Long boxed,
                          @RunInput(type = "csv") java.math.BigDecimal number,
                          @RunInput(type = "csv") StringBuilder text,
                          @RunInput(type = "csv") String[] names,
                          @RunInput(type = "csv") List<Path> paths,
                          @RunInput(type = "csv") java.util.Set<? extends CharSequence> texts,
                          @RunInput(type = "csv", ref = "fixed") Object anything,
                          @RunInput(type = "flag") boolean dryRun,
                          @RunInput(type = "code") char code,
                          @RunInput(type = "batch") java.util.UUID batch,
                          @RunInput(type = "day") java.time.LocalDate day,
                          @RunInput(type = "at") java.time.Instant at,
                          @RunInput(type = "month") java.time.YearMonth month,
                          @RunInput(type = "since") java.util.Optional<java.time.LocalDateTime> since,
                          @RunInput(type = "partitions") List<java.util.Optional<java.time.LocalDate>> days,
                          @RunInput(type = "grid") String[][] grid) {}

                <T extends CharSequence> void generic(@RunInput(type = "csv") T value, @RunOutput(type = "csv") List<T> out) {}

                @RunInput(type = "neon_table")
                List<String> load() { return List.of(); }

                @RunOutput(type = "neon_table", ref = "ovc.blocks")
                long write() { return 0; }

                @RunOutput(type = "neon_table", ref = "ovc.blocks")
                void writeNothingBack() {}

                @RunOutput(type = "file")
                Path export() { return null; }

                @RunInput(type = "notion_db", ref = "db", range = "2026-01-01..2026-01-31")
                void fixed() {}
                """);
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void typeThatIsNotSnakeCaseSuggestsTheSnakeCaseForm() {
        JavaFileObject file = pipelineClass("""
                void read(@RunInput(type = "neonTable") String table) {}

                @RunOutput(type = "Notion-Page", ref = "page")
                void write() {}
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[ovc-run:io-type] @RunInput type \"neonTable\" must be lower"
                        + " snake_case ([a-z][a-z0-9]*(_[a-z0-9]+)*), e.g. neon_table; did you mean \"neon_table\"?")
                .inFile(file).onLineContaining("neonTable");
        assertThat(compilation).hadErrorContaining(Messages.format(Messages.IO_TYPE, "notion_page", "@RunOutput",
                "Notion-Page")).inFile(file).onLineContaining("Notion-Page");
    }

    @Test
    void typeOneEditAwayFromACommonerTypeIsAWarningWithASuggestion() {
        JavaFileObject other = source("demo.Blocks", """
                package demo;
                import ovc.run.RunOutput;
                class Blocks {
                    @RunOutput(type = "neon_table", ref = "ovc.blocks")
                    long write() { return 0; }
                }
                """);
        JavaFileObject file = pipelineClass("""
                void read(@RunInput(type = "neon_table") String table) {}

                @RunOutput(type = "neon_tabel", ref = "ovc.derived")
                long derive() { return 0; }
                """);
        Compilation compilation = compile(other, file);
        assertThat(compilation).succeeded();
        assertThat(messages(compilation.warnings())).containsExactly("[ovc-run:io-type-near-miss] @RunOutput type"
                + " \"neon_tabel\" is one edit away from \"neon_table\", used 2 time(s) elsewhere in this compilation"
                + " (first on demo.Blocks.write()); did you mean \"neon_table\"? If both are meant, add"
                + " @SuppressWarnings(\"ovc-run:io-type-near-miss\")");
        assertThat(compilation).hadWarningContaining(Tag.IO_TYPE_NEAR_MISS.text).inFile(file)
                .onLineContaining("neon_tabel");
    }

    @Test
    void nearMissWarningIsSuppressedBySuppressWarnings() {
        JavaFileObject file = pipelineClass("""
                void read(@RunInput(type = "csv") String a, @RunInput(type = "csv") String b) {}

                @SuppressWarnings("ovc-run:io-type-near-miss")
                void readTsv(@RunInput(type = "tsv") String c) {}

                @SuppressWarnings("ovc-run")
                void readTsv2(@RunInput(type = "tsv") String d) {}
                """);
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void voidOutputWithoutRefHasNothingToRecord() {
        JavaFileObject file = pipelineClass("""
                @RunOutput(type = "neon_table")
                void writeBlocks(List<String> blocks) {}
                """);
        assertSingleError(compile(file), "[ovc-run:io-nothing-to-record] @RunOutput on void method"
                + " demo.Backfill.writeBlocks(java.util.List) has no ref, so there is nothing to record;"
                + " set ref = \"...\" to what the method writes, or return it", file, "@RunOutput(type = \"neon_table\")");
    }

    @Test
    void voidInputMethodWithoutRefHasNothingToRecord() {
        JavaFileObject file = pipelineClass("""
                @RunInput(type = "oanda")
                void fetch() {}
                """);
        assertSingleError(compile(file), String.format(Messages.IO_NOTHING_TO_RECORD, "@RunInput",
                "demo.Backfill.fetch()", "reads"), file, "@RunInput(type = \"oanda\")");
    }

    @Test
    void rowCountReturnedWithoutRefIsRefused() {
        JavaFileObject file = pipelineClass("""
                @RunOutput(type = "neon_table")
                long writeBlocks() { return 0; }
                """);
        assertSingleError(compile(file), "[ovc-run:io-ref-type] @RunOutput method demo.Backfill.writeBlocks() returns"
                + " long, which is recorded as rows_written only when the output has a ref; set ref = \"...\" to the"
                + " table or file it writes", file, "@RunOutput");
    }

    @Test
    void parameterOfATypeThatCannotBecomeARefNeedsARef() {
        JavaFileObject file = pipelineClass("""
                record DateRange(String from, String to) {}

                long backfill(@RunInput(type = "oanda") String instrument,
                              @RunInput(type = "oanda_range") DateRange range) { return 0; }

                long fixed(@RunInput(type = "oanda_range", ref = "2026-01") DateRange range) { return 0; }
                """);
        assertSingleError(compile(file), "[ovc-run:io-ref-type] @RunInput on parameter range of"
                + " demo.Backfill.backfill(java.lang.String,demo.Backfill.DateRange) of type demo.Backfill.DateRange"
                + " has no ref, and values of type demo.Backfill.DateRange cannot become one; set ref = \"...\", or use"
                + " one of String, CharSequence, Path, File, URI, URL, UUID, boolean, char, number, enum, LocalDate,"
                + " LocalDateTime, LocalTime, Instant, OffsetDateTime, OffsetTime, ZonedDateTime, Year, YearMonth,"
                + " MonthDay, Duration, Period, ZoneId, RunRef, or an Optional, array or Iterable of them",
                file, "\"oanda_range\") DateRange");
    }

    @Test
    void legacyDateTypeSuggestsItsJavaTimeTypeAndOutputsListNoNumbers() {
        JavaFileObject file = pipelineClass("""
                void read(@RunInput(type = "day") java.util.Date day) {}

                @RunOutput(type = "score")
                double score() { return 0; }
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(Messages.format(Messages.IO_REF_TYPE, "java.time.Instant",
                "@RunInput", "parameter day of demo.Backfill.read(java.util.Date) of type java.util.Date",
                "java.util.Date", ovc.run.values.RecordableTypes.summary(false)))
                .inFile(file).onLineContaining("java.util.Date day");
        assertThat(compilation).hadErrorContaining("values of type double cannot become one; set ref = \"...\","
                + " or use one of String, CharSequence, Path, File, URI, URL, UUID, boolean, char, enum, LocalDate")
                .inFile(file).onLineContaining("@RunOutput(type = \"score\")");
    }

    @Test
    void elementTypeOfAListOrArrayIsWhatMustBecomeARef() {
        JavaFileObject file = pipelineClass("""
                record Block(long id) {}

                void write(@RunOutput(type = "neon_table") List<Block> blocks,
                           @RunOutput(type = "neon_table") Block[] more,
                           @RunInput(type = "flags") java.util.Optional<Block> maybe,
                           @RunInput(type = "anything") Object value) {}

                @RunInput(type = "neon_table")
                List<Block> load() { return List.of(); }
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining("@RunOutput on parameter blocks of demo.Backfill.write(java.util.List,"
                        + "demo.Backfill.Block[],java.util.Optional,java.lang.Object) of type java.util.List<demo.Backfill.Block>"
                        + " has no ref, and values of type demo.Backfill.Block cannot become one")
                .inFile(file).onLineContaining("List<Block> blocks");
        assertThat(compilation).hadErrorContaining("values of type demo.Backfill.Block cannot become one")
                .inFile(file).onLineContaining("Block[] more");
        assertThat(compilation).hadErrorContaining("values of type demo.Backfill.Block cannot become one")
                .inFile(file).onLineContaining("Optional<Block> maybe");
        assertThat(compilation).hadErrorContaining("values of type java.lang.Object cannot become one")
                .inFile(file).onLineContaining("Object value");
        assertThat(compilation).hadErrorContaining("@RunInput on method demo.Backfill.load() returning"
                        + " java.util.List<demo.Backfill.Block> has no ref")
                .inFile(file).onLineContaining("@RunInput(type = \"neon_table\")");
    }

    @Test
    void runRefAndWrittenImplementationsBecomeRefsByName() {
        // Declared here: the check goes by name, so it holds for any api version that has these types.
        JavaFileObject runRef = source("ovc.run.RunRef", "package ovc.run; public interface RunRef { String ref(); }");
        JavaFileObject written = source("ovc.run.Written",
                "package ovc.run; public record Written(String ref, long rowsWritten, long rowsUpdated) {}");
        JavaFileObject file = pipelineClass("""
                record Range(String ref) implements ovc.run.RunRef {}

                void read(@RunInput(type = "oanda_range") Range range, @RunInput(type = "oanda_range") List<Range> all) {}

                @RunOutput(type = "neon_table")
                ovc.run.Written upsert() { return null; }

                @RunInput(type = "neon_table")
                ovc.run.Written notAnInput() { return null; }
                """);
        Compilation compilation = compile(runRef, written, file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("values of type ovc.run.Written cannot become one")
                .inFile(file).onLineContaining("@RunInput(type = \"neon_table\")");
    }

    @Test
    void ioDeclarationsInLocalClassesAreCheckedToo() {
        JavaFileObject file = pipelineClass("""
                void outer() {
                    Runnable r = new Runnable() {
                        @RunOutput(type = "Neon-Table")
                        public void run() {}
                    };
                }
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(Tag.IO_TYPE.text).inFile(file).onLineContaining("Neon-Table");
        assertThat(compilation).hadErrorContaining(Tag.IO_NOTHING_TO_RECORD.text).inFile(file)
                .onLineContaining("Neon-Table");
    }
}
