package ovc.run.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, and the assertions the tests share. */
final class Compiles {

    private Compiles() {}

    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new OvcRunProcessor()).compile(sources);
    }

    static Compilation compile(List<String> options, JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new OvcRunProcessor()).withOptions(options).compile(sources);
    }

    /** A source file; the class name decides its path ({@code demo/Backfill.java}). */
    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /** A class {@code demo.Backfill} with the imports every test needs around {@code body}. */
    static JavaFileObject pipelineClass(String body) {
        return source("demo.Backfill", """
                package demo;

                import java.nio.file.Path;
                import java.util.List;
                import ovc.run.CheckStatus;
                import ovc.run.Pipeline;
                import ovc.run.Run;
                import ovc.run.RunInput;
                import ovc.run.RunOutput;

                public class Backfill {
                """ + body.indent(4) + "}\n");
    }

    /** Exactly one error, with exactly this text, on the line of {@code file} containing {@code line}. */
    static void assertSingleError(Compilation compilation, String message, JavaFileObject file, String line) {
        assertThat(compilation).failed();
        assertThat(messages(compilation.errors())).containsExactly(message);
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    }

    /** Every error's text, in order. */
    static List<String> messages(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return diagnostics.stream().map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }
}
