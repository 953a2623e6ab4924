package ovc.run.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static ovc.run.processor.Compiles.compile;
import static ovc.run.processor.Compiles.messages;
import static ovc.run.processor.Compiles.pipelineClass;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final JavaFileObject NEAR_MISS = pipelineClass("""
            void read(@RunInput(type = "neon_table") String a, @RunInput(type = "neon_table") String b) {}

            void write(@RunOutput(type = "neon_tabel") String c) {}
            """);

    @Test
    void warningsAsErrorsTurnsEveryWarningIntoAnErrorWithTheSameText() {
        Compilation plain = compile(NEAR_MISS);
        Compilation strict = compile(List.of("-Aovc.run.warningsAsErrors=true"), NEAR_MISS);
        assertThat(plain).succeeded();
        assertThat(strict).failed();
        assertThat(messages(strict.errors())).containsExactlyElementsIn(messages(plain.warnings()));
        assertThat(strict).hadErrorContaining(Tag.IO_TYPE_NEAR_MISS.text).inFile(NEAR_MISS)
                .onLineContaining("neon_tabel");
    }

    @Test
    void bothOptionsAreDeclaredSoJavacDoesNotWarnAboutThem() {
        Compilation compilation = compile(List.of("-Aovc.run.warningsAsErrors=false", "-Aovc.run.catalog=true"),
                pipelineClass("@Pipeline(id = \"P\", version = \"1.0.0\") void run() {}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anOptionValueThatIsNotABooleanIsAWarningNamingTheValueUsed() {
        Compilation compilation = compile(List.of("-Aovc.run.warningsAsErrors=yes"),
                pipelineClass("@Pipeline(id = \"P\", version = \"1.0.0\") void run() {}"));
        assertThat(compilation).succeeded();
        assertThat(messages(compilation.warnings())).containsExactly(
                "[ovc-run:option] Option -Aovc.run.warningsAsErrors=yes must be true or false; using false");
    }
}
