package ovc.run.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static ovc.run.processor.Compiles.assertSingleError;
import static ovc.run.processor.Compiles.compile;
import static ovc.run.processor.Compiles.pipelineClass;
import static ovc.run.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class CheckCallTest {

    @Test
    void wellFormedCallsCompileWithoutWarnings() {
        JavaFileObject file = pipelineClass("""
                static final String ROWS = "rows_inserted";

                void run(int n, String computed) {
                    Run.check(ROWS, "Rows were inserted", CheckStatus.PASS, "run.json:$.outputs[0].rows_written");
                    Run.check("oanda_fetch_success", "Fetched", CheckStatus.PASS);
                    Run.check("report_written", "Report", CheckStatus.PASS, "artifacts/validation_report.json",
                            "run.log:line:42");
                    Run.check("line_" + "two", "Log line", CheckStatus.SKIP, "run.log:line:" + n, computed);
                    Run.check(computed, computed, CheckStatus.FAIL, new String[] {"run.json:$.env.missing"});
                    Run.input("neon_table", "ovc.blocks", "2026-01-01..2026-01-31");
                    Run.output("file", "out.csv", 3L);
                }
                """);
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void checkIdThatIsNotSnakeCaseSuggestsTheSnakeCaseForm() {
        JavaFileObject file = pipelineClass("""
                void run() {
                    Run.check(
                        "rowsInserted",
                        "Rows were inserted", CheckStatus.PASS);
                }
                """);
        assertSingleError(compile(file), "[ovc-run:check-id] Check id \"rowsInserted\" must be snake_case"
                + " ([a-z][a-z0-9]*(_[a-z0-9]+)*), stable across runs; did you mean \"rows_inserted\"?",
                file, "\"rowsInserted\"");
    }

    @Test
    void checkIdFromAConstantIsCheckedWhereItIsUsed() {
        JavaFileObject file = pipelineClass("""
                static final String ID = "Rows-Inserted";

                void run() {
                    Run.check(ID, "Rows were inserted", CheckStatus.PASS);
                }
                """);
        assertSingleError(compile(file), Messages.format(Messages.CHECK_ID, "rows_inserted", "Rows-Inserted"),
                file, "Run.check(ID");
    }

    @Test
    void emptyCheckNameIsRefused() {
        JavaFileObject file = pipelineClass("""
                void run() {
                    Run.check("rows_inserted", "", CheckStatus.PASS);
                }
                """);
        assertSingleError(compile(file), Messages.CHECK_NAME, file, "Run.check");
    }

    @Test
    void evidenceInNoneOfTheThreeFormsIsRefusedWithTheNearestForm() {
        JavaFileObject file = pipelineClass("""
                void run() {
                    Run.check("rows_inserted", "Rows", CheckStatus.PASS,
                        "run.json:outputs[0].rows_written",
                        "run.log:42",
                        "artifact/report.json",
                        "report.json");
                    Run.check("rows_updated", "Rows", CheckStatus.PASS, new String[] {"run.log:line:0"});
                }
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining("[ovc-run:check-evidence] Evidence"
                        + " \"run.json:outputs[0].rows_written\" matches none of the three forms: run.json:$.<path>"
                        + " (run.json:$.outputs[0].rows_written), run.log:line:<n> (n >= 1) or artifacts/<relative path>;"
                        + " did you mean \"run.json:$.outputs[0].rows_written\"?")
                .inFile(file).onLineContaining("\"run.json:outputs[0].rows_written\"");
        assertThat(compilation).hadErrorContaining(Messages.format(Messages.CHECK_EVIDENCE, "run.log:line:42",
                "run.log:42")).inFile(file).onLineContaining("\"run.log:42\"");
        assertThat(compilation).hadErrorContaining(Messages.format(Messages.CHECK_EVIDENCE, "artifacts/report.json",
                "artifact/report.json")).inFile(file).onLineContaining("\"artifact/report.json\"");
        assertThat(compilation).hadErrorContaining(String.format(Messages.CHECK_EVIDENCE, "report.json"))
                .inFile(file).onLineContaining("\"report.json\");");
        assertThat(compilation).hadErrorContaining(String.format(Messages.CHECK_EVIDENCE, "run.log:line:0"))
                .inFile(file).onLineContaining("run.log:line:0");
    }

    @Test
    void evidenceTheSchemaRefusesIsRefusedAtCompileTimeToo() {
        // These compiled before the grammar had one home, then failed `ovc-run validate` (issue 12).
        JavaFileObject file = pipelineClass("""
                void run() {
                    Run.check("bracketed", "Rows", CheckStatus.PASS, "run.json:$.outputs[0]['x']");
                    Run.check("control", "Rows", CheckStatus.PASS, "artifacts/a\u0001b.json");
                    Run.check("too_long", "Rows", CheckStatus.PASS, "run.log:line:12345678901");
                    Run.check("fine", "Rows", CheckStatus.PASS, "run.json:$.outputs[0].extra", "run.log:line:1234567890");
                }
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("Evidence \"run.json:$.outputs[0]['x']\" matches none of the three forms")
                .inFile(file).onLineContaining("bracketed");
        assertThat(compilation).hadErrorContaining("matches none of the three forms").inFile(file)
                .onLineContaining("\"control\"");
        assertThat(compilation).hadErrorContaining("Evidence \"run.log:line:12345678901\" matches none")
                .inFile(file).onLineContaining("too_long");
    }

    @Test
    void staticallyImportedCheckIsCheckedInAClassWithoutAnyAnnotation() {
        JavaFileObject file = source("demo.Helper", """
                package demo;
                import static ovc.run.Run.check;
                import ovc.run.CheckStatus;
                class Helper {
                    void verify() {
                        check("Rows Inserted", "Rows", CheckStatus.PASS);
                    }
                }
                """);
        assertSingleError(compile(file), Messages.format(Messages.CHECK_ID, "rows_inserted", "Rows Inserted"),
                file, "Rows Inserted");
    }

    @Test
    void aCheckMethodOfAnotherClassIsLeftAlone() {
        JavaFileObject file = source("demo.Run", """
                package demo;
                class Run {
                    static void check(String id, String name) {}
                    void use() { check("Not Snake", ""); }
                }
                """);
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void inputAndOutputCallsWithLiteralTypesAndRefsAreChecked() {
        JavaFileObject file = pipelineClass("""
                void run() {
                    Run.input("NeonTable", "ovc.blocks");
                    Run.output("file", "");
                }
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(Messages.format(Messages.IO_TYPE, "neon_table", "Run.input",
                "NeonTable")).inFile(file).onLineContaining("NeonTable");
        assertThat(compilation).hadErrorContaining("[ovc-run:io-ref] Run.output ref must not be empty; name what was"
                + " written (a table, a file, a URL)").inFile(file).onLineContaining("Run.output");
    }

    @Test
    void badCallsInSeveralClassesAreAllReported() {
        JavaFileObject first = source("demo.A", """
                package demo;
                class A { void a() { ovc.run.Run.check("A", "a", ovc.run.CheckStatus.PASS); } }
                """);
        JavaFileObject second = source("demo.B", """
                package demo;
                class B { void b() { ovc.run.Run.check("B", "b", ovc.run.CheckStatus.PASS); } }
                """);
        Compilation compilation = compile(first, second);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("Check id \"A\"").inFile(first).onLineContaining("class A");
        assertThat(compilation).hadErrorContaining("Check id \"B\"").inFile(second).onLineContaining("class B");
    }
}
