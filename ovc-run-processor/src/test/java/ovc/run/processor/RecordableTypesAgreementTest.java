package ovc.run.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static ovc.run.processor.Compiles.compile;
import static ovc.run.processor.Compiles.pipelineClass;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import ovc.run.RunRef;
import ovc.run.values.RecordableType;
import ovc.run.values.RecordableTypes;
import org.junit.jupiter.api.Test;

/**
 * The processor accepts a declaration exactly where the runtime records its values: both decide
 * from {@link RecordableTypes}, the processor on type mirrors, the runtime on classes, and these
 * tests hold the two lookups to the same answer for every entry and for types the list leaves out.
 * (ovc-run-agent's RecordableTypesIT then runs a pipeline that the processor accepted under the agent.)
 */
public class RecordableTypesAgreementTest {

    /** Types of the user's own, declared here so that the runtime can look up their classes too. */
    public enum Side { BUY { @Override public String toString() { return "buy!"; } } }

    public enum Table implements RunRef { BLOCKS; @Override public String ref() { return "ovc.blocks"; } }

    public record Range(String ref) implements RunRef {}

    public static class Partition implements Iterable<String>, CharSequence {
        @Override public java.util.Iterator<String> iterator() { return List.<String>of().iterator(); }
        @Override public int length() { return 0; }
        @Override public char charAt(int index) { return 0; }
        @Override public CharSequence subSequence(int start, int end) { return ""; }
    }

    @Test
    void everyEntryIsAcceptedAsAnInputOrOutputExactlyWhereTheRuntimeRecordsIt() {
        StringBuilder body = new StringBuilder();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        for (RecordableType type : RecordableTypes.all()) {
            for (boolean output : new boolean[] {false, true}) {
                String parameter = (output ? "out_" : "in_") + type.name().replace('.', '_');
                body.append("void ").append(parameter).append("(@").append(output ? "RunOutput" : "RunInput")
                        .append("(type = \"t\") ").append(declared(type)).append(" ").append(parameter).append(") {}\n");
                // A container is recordable when its elements are: here Strings.
                expected.put(parameter, type.rendering().container() || type.rendering().recordable(output));
            }
        }
        JavaFileObject file = pipelineClass(body.toString());
        Compilation compilation = compile(file);

        Set<String> refused = new TreeSet<>();
        String[] lines = source(file).split("\n");
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            assertThat(error.getMessage(null)).startsWith(Tag.IO_REF_TYPE.text);
            String line = lines[(int) error.getLineNumber() - 1].strip();
            refused.add(line.substring("void ".length(), line.indexOf('(')));
        }
        Set<String> expectedRefused = new TreeSet<>();
        expected.forEach((parameter, accepted) -> {
            if (!accepted) {
                expectedRefused.add(parameter);
            }
        });
        assertThat(refused).containsExactlyElementsIn(expectedRefused);
        assertThat(expectedRefused).containsAtLeast("in_ovc_run_Written", "out_java_lang_Integer",
                "in_java_nio_file_DirectoryStream", "out_java_nio_file_DirectoryStream");
        assertThat(compilation.warnings()).isEmpty();
    }

    @Test
    void theProcessorFindsTheEntryTheRuntimeFindsForEveryType() throws ClassNotFoundException {
        List<String> names = new ArrayList<>();
        RecordableTypes.all().forEach(type -> names.add(type.name()));
        names.addAll(List.of("java.lang.StringBuilder", "java.nio.CharBuffer", "java.util.ArrayList", "java.util.HashSet",
                "java.util.Collection", "java.util.Map", "java.util.stream.Stream", "java.lang.Object",
                "java.util.Date", "java.sql.Timestamp", "java.util.GregorianCalendar", "java.math.BigInteger",
                "java.util.concurrent.atomic.AtomicLong", "java.time.DayOfWeek", "java.time.ZoneOffset",
                "java.util.concurrent.TimeUnit", "java.util.OptionalInt", "java.nio.file.SecureDirectoryStream",
                "java.util.ArrayDeque", "java.util.concurrent.ConcurrentHashMap",
                Side.class.getCanonicalName(), Table.class.getCanonicalName(), Range.class.getCanonicalName(),
                Partition.class.getCanonicalName()));

        Map<String, String> processorSays = EntryProbe.entriesOf(names);
        for (String name : names) {
            RecordableType runtime = RecordableTypes.of(Class.forName(binaryName(name)));
            assertWithMessage(name).that(processorSays.get(name)).isEqualTo(runtime == null ? "none" : runtime.name());
        }
        assertThat(processorSays.get(Partition.class.getCanonicalName())).isEqualTo("java.lang.CharSequence");
        assertThat(processorSays.get(Table.class.getCanonicalName())).isEqualTo("ovc.run.RunRef");
    }

    private static String source(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The source form of an entry's type: generic ones hold Strings (containers) or anything. */
    private static String declared(RecordableType type) {
        try {
            int typeParameters = Class.forName(type.name()).getTypeParameters().length;
            if (typeParameters == 0) {
                return type.name();
            }
            return type.name() + (type.rendering().container() ? "<String>" : "<?>");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static String binaryName(String canonicalName) {
        String prefix = RecordableTypesAgreementTest.class.getName() + ".";
        return canonicalName.startsWith(prefix)
                ? RecordableTypesAgreementTest.class.getName() + "$" + canonicalName.substring(prefix.length())
                : canonicalName;
    }

    /** Runs {@link RefTypes#entryOf} on one field per type name, inside javac. */
    @SupportedAnnotationTypes("*")
    static final class EntryProbe extends AbstractProcessor {

        private final Map<String, String> entries = new LinkedHashMap<>();

        static Map<String, String> entriesOf(List<String> names) {
            StringBuilder source = new StringBuilder("package demo;\nclass Probe {\n");
            for (int i = 0; i < names.size(); i++) {
                source.append("    @SuppressWarnings(\"rawtypes\") ").append(names.get(i)).append(" f").append(i).append(";\n");
            }
            EntryProbe probe = new EntryProbe();
            Compilation compilation = Compiler.javac().withProcessors(probe)
                    .compile(JavaFileObjects.forSourceString("demo.Probe", source.append("}\n").toString()));
            assertThat(compilation).succeeded();
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                byName.put(names.get(i), probe.entries.get("f" + i));
            }
            return byName;
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            RefTypes refTypes = new RefTypes(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
            for (Element root : round.getRootElements()) {
                for (Element member : root.getEnclosedElements()) {
                    if (member.getKind() == ElementKind.FIELD) {
                        RecordableType entry = refTypes.entryOf(member.asType());
                        entries.put(member.getSimpleName().toString(), entry == null ? "none" : entry.name());
                    }
                }
            }
            return false;
        }
    }
}
