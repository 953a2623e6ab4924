package ovc.run.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static ovc.run.processor.Compiles.messages;
import static ovc.run.processor.Compiles.pipelineClass;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class InternalFailureTest {

    @Test
    void aFailureInsideTheProcessorBecomesOneErrorOnTheElementAskingForABugReport() {
        JavaFileObject file = pipelineClass("""
                @Pipeline(id = "P2-Backfill", version = "0.1.0")
                public static void main(String[] args) {}
                """);
        Compilation compilation = Compiler.javac()
                .withProcessors(new WithEnvironment(new OvcRunProcessor(), InternalFailureTest::failingElements))
                .compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        String message = messages(compilation.errors()).get(0);
        assertThat(message).startsWith("[ovc-run:internal] ovc-run-processor failed while checking this element"
                + " (java.lang.IllegalStateException: simulated bug at ");
        assertThat(message).endsWith("This is a bug in ovc-run, not in your code: please report it with this message");
        assertThat(compilation).hadErrorContaining(Tag.INTERNAL.text).inFile(file).onLineContaining("void main(");
    }

    /** The real environment, except that reading annotation values fails as a bug in the processor would. */
    private static ProcessingEnvironment failingElements(ProcessingEnvironment env) {
        Elements real = env.getElementUtils();
        Elements failing = proxy(Elements.class, (proxy, method, args) -> {
            if (method.getName().equals("getElementValuesWithDefaults")) {
                throw new IllegalStateException("simulated bug");
            }
            return invoke(method, real, args);
        });
        return proxy(ProcessingEnvironment.class, (proxy, method, args) ->
                method.getName().equals("getElementUtils") ? failing : invoke(method, env, args));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
