package ovc.run.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static ovc.run.processor.Compiles.pipelineClass;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WrappedEnvironmentTest {

    @Test
    void checkCallsAreStillReadWhenTheEnvironmentIsWrappedAsGradleWrapsIt() {
        JavaFileObject file = pipelineClass("""
                void run() {
                    Run.check("rowsInserted", "Rows", CheckStatus.PASS);
                }
                """);
        Compilation compilation = Compiler.javac()
                .withProcessors(new WithEnvironment(new OvcRunProcessor(), DelegatingEnvironment::new)).compile(file);
        assertThat(compilation).hadErrorContaining(Tag.CHECK_ID.text).inFile(file).onLineContaining("rowsInserted");
    }

    /** Delegates everything, keeping the environment in a field, as incremental build tools do. */
    private static final class DelegatingEnvironment implements ProcessingEnvironment {
        private final ProcessingEnvironment delegate;

        DelegatingEnvironment(ProcessingEnvironment delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, String> getOptions() {
            return delegate.getOptions();
        }

        @Override
        public Messager getMessager() {
            return delegate.getMessager();
        }

        @Override
        public Filer getFiler() {
            return delegate.getFiler();
        }

        @Override
        public Elements getElementUtils() {
            return delegate.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return delegate.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return delegate.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return delegate.getLocale();
        }
    }
}
