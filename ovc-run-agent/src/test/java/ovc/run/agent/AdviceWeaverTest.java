package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;

class WeaverTest {

    private static byte[] classFile(Class<?> type) throws IOException {
        String name = type.getName();
        try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    /** What Byte Buddy's own type writer makes of the same advice: the reference the lean path must match. */
    private static byte[] decorated(Class<?> type, byte[] classFile) {
        ClassFileLocator locator = new ClassFileLocator.Compound(ClassFileLocator.Simple.of(type.getName(), classFile),
                ClassFileLocator.ForClassLoader.of(type.getClassLoader()));
        return new ByteBuddy().with(TypeValidation.DISABLED)
                .decorate(TypePool.Default.WithLazyResolution.of(locator).describe(type.getName()).resolve(), locator)
                .visit(AdviceWeaver.INSTANCE.applicationAdvice).make().getBytes();
    }

    @Test
    void wovenBytesAreWhatByteBuddysDecorationWrites() throws IOException {
        for (Class<?> type : List.of(fixture.Plain.class, fixture.Shapes.class, fixture.Methods.class,
                fixture.Nested.class, fixture.ExitInRun.class, fixture.Concurrent.class)) {
            byte[] original = classFile(type);

            byte[] woven = AdviceWeaver.INSTANCE.weave(type.getName(), original, type.getClassLoader());

            assertThat(woven).as(type.getName()).isNotNull().isNotEqualTo(original).isEqualTo(decorated(type, original));
        }
    }

    /** Names the annotation's type in a descriptor, so the byte scan sends it to the weaver, but carries none. */
    static final class MentionsOnly {
        static void takes(ovc.run.Pipeline declaration) {}
    }

    @Test
    void classThatOnlyMentionsTheAnnotationsIsLeftAlone() throws IOException {
        byte[] original = classFile(MentionsOnly.class);

        assertThat(AnnotationScan.mentionsAnnotations(original)).isTrue();
        assertThat(AdviceWeaver.INSTANCE.weave(MentionsOnly.class.getName(), original, MentionsOnly.class.getClassLoader()))
                .isNull();
    }
}
