package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import ovc.run.Pipeline;
import ovc.run.RunInput;
import ovc.run.RunOutput;
import org.junit.jupiter.api.Test;

class AnnotationScanTest {

    static class WithPipeline {
        @Pipeline(id = "Scan", version = "0.1.0")
        static void run() {}
    }

    static class WithInputParameter {
        static void read(@RunInput(type = "csv") String file) {}
    }

    static class WithOutputMethod {
        @RunOutput(type = "file")
        static String write() {
            return "x";
        }
    }

    static class Plain {
        static final long BIG = 1L << 40; // a two-slot constant before the strings
        static final double D = 2.5;

        static String run() {
            return "nothing to see " + BIG + D;
        }
    }

    @Test
    void classesCarryingOurAnnotationsAreFound() throws IOException {
        assertThat(AnnotationScan.mentionsAnnotations(bytesOf(WithPipeline.class))).isTrue();
        assertThat(AnnotationScan.mentionsAnnotations(bytesOf(WithInputParameter.class))).isTrue();
        assertThat(AnnotationScan.mentionsAnnotations(bytesOf(WithOutputMethod.class))).isTrue();
    }

    @Test
    void otherClassesAreNot() throws IOException {
        assertThat(AnnotationScan.mentionsAnnotations(bytesOf(Plain.class))).isFalse();
        assertThat(AnnotationScan.mentionsAnnotations(bytesOf(AnnotationScanTest.class))).isFalse();
        assertThat(AnnotationScan.mentionsAnnotations(bytesOf(String.class))).isFalse();
    }

    @Test
    void truncatedOrForeignBytesAreNotAMatchAndNeverThrow() throws IOException {
        byte[] real = bytesOf(WithPipeline.class);
        for (int length = 0; length < real.length; length += 7) {
            AnnotationScan.mentionsAnnotations(Arrays.copyOf(real, length));
        }
        assertThat(AnnotationScan.mentionsAnnotations(new byte[] {1, 2, 3})).isFalse();
        assertThat(AnnotationScan.mentionsAnnotations(new byte[64])).isFalse();
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
