package ovc.run.agent;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;
import ovc.run.Pipeline;
import ovc.run.RunInput;
import ovc.run.RunOutput;
import org.junit.jupiter.api.Test;

class SitesTest {

    @Pipeline(id = "WovenMethods", version = "0.1.0", requiredEnv = {"A|B", "C"})
    static long[] pipeline(@RunInput(type = "csv", range = "2024") String[][] files, int n,
            @RunOutput(type = "file") Path out) {
        return null;
    }

    @RunInput(type = "table", ref = "db:candles")
    @RunOutput(type = "table", ref = "db:derived")
    int both(@RunInput(type = "x") String a, @RunOutput(type = "y", ref = "z") String b) {
        return 0;
    }

    @Pipeline(id = "bad id", version = "0.1.0")
    static void invalid() {}

    /** The declaration the weaver writes for {@code method}, read from the class file as the agent reads it. */
    private static String declarationOf(Class<?> type, String method) {
        TypeDescription description = TypePool.Default.WithLazyResolution.of(
                ClassFileLocator.ForClassLoader.of(type.getClassLoader())).describe(type.getName()).resolve();
        return WovenDeclarationMapping.declare(description.getDeclaredMethods().filter(named(method)).getOnly());
    }

    @Test
    void woveDeclarationCarriesWhatReflectionSees() throws NoSuchMethodException {
        String declaration = declarationOf(SitesTest.class, "pipeline");
        WovenMethod site = WovenMethods.of(SitesTest.class, declaration);

        Pipeline pipeline = SitesTest.class.getDeclaredMethod("pipeline", String[][].class, int.class, Path.class)
                .getAnnotation(Pipeline.class);
        assertThat(site.name()).isEqualTo("ovc.run.agent.SitesTest.pipeline");
        assertThat(site.spec().id()).isEqualTo(pipeline.id());
        assertThat(site.spec().version()).isEqualTo(pipeline.version());
        assertThat(site.spec().requiredEnv()).isEqualTo(List.of(pipeline.requiredEnv())).containsExactly("A|B", "C");
        assertThat(site.parameterInputs()[0]).isEqualTo(new InputDeclaration("csv", "", "2024"));
        assertThat(site.parameterInputs()[1]).isNull();
        assertThat(site.parameterOutputs()[1]).isNull();
        assertThat(site.parameterOutputs()[2]).isEqualTo(new OutputDeclaration("file", ""));
        assertThat(site.input()).isNull();
        assertThat(site.output()).isNull();
        assertThat(WovenMethods.of(SitesTest.class, declaration)).isSameAs(site);
    }

    @Test
    void methodLevelMarksAndDefaultsAreCarried() {
        WovenMethod site = WovenMethods.of(SitesTest.class, declarationOf(SitesTest.class, "both"));

        assertThat(site.spec()).isNull();
        assertThat(site.invalid()).isNull();
        assertThat(site.input()).isEqualTo(new InputDeclaration("table", "db:candles", ""));
        assertThat(site.output()).isEqualTo(new OutputDeclaration("table", "db:derived"));
        assertThat(site.parameterInputs()).containsExactly(new InputDeclaration("x", "", ""), null);
        assertThat(site.parameterOutputs()).containsExactly(null, new OutputDeclaration("y", "z"));
    }

    @Test
    void anyTextSurvivesTheRoundTrip() {
        String awkward = "12:3;-P I O é \u0000 \" 9:";
        String text = DeclarationConstant.of("m(Ljava/lang/String;)V").pipeline(awkward, "1.0.0", new String[] {"", awkward})
                .input(new InputDeclaration(awkward, "", "-")).output(null).parameters(1)
                .input(null).output(new OutputDeclaration("O", awkward)).text();

        DeclarationConstant.Reader reader = new DeclarationConstant.Reader(text);
        assertThat(reader.nameAndDescriptor()).isEqualTo("m(Ljava/lang/String;)V");
        assertThat(reader.pipeline()).containsExactly(awkward, "1.0.0", "", awkward);
        assertThat(reader.input()).isEqualTo(new InputDeclaration(awkward, "", "-"));
        assertThat(reader.output()).isNull();
        assertThat(reader.parameters()).isEqualTo(1);
        assertThat(reader.input()).isNull();
        assertThat(reader.output()).isEqualTo(new OutputDeclaration("O", awkward));
        reader.end();
    }

    @Test
    void textItDidNotWriteIsRefused() {
        String good = DeclarationConstant.of("m()V").noPipeline().input(null).output(null).parameters(0).text();
        WovenMethod.of(SitesTest.class, good);

        for (String bad : List.of("", "4:m()V", "9:m()V---0;", "4:m()V---0;extra", "4:m()VX--0;", "4:m()V---1;-",
                "99999999999:x")) {
            assertThatThrownBy(() -> WovenMethod.of(SitesTest.class, bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a woven declaration");
        }
        assertThat(DeclarationConstant.methodName("garbage")).isEqualTo("garbage");
        assertThat(DeclarationConstant.methodName(good)).isEqualTo("m");
    }

    @Test
    void invalidDeclarationIsExplainedNotThrown() {
        WovenMethod site = WovenMethods.of(SitesTest.class, declarationOf(SitesTest.class, "invalid"));

        assertThat(site.spec()).isNull();
        assertThat(site.invalid()).contains("SitesTest.invalid", "bad id");
    }

    @Test
    void pipelineOfAnotherApiCopyIsExplained() throws Exception {
        URL[] both = {fixture.Plain.class.getProtectionDomain().getCodeSource().getLocation(),
                Pipeline.class.getProtectionDomain().getCodeSource().getLocation()};
        try (URLClassLoader isolated = new URLClassLoader(both, ClassLoader.getPlatformClassLoader())) {
            Class<?> foreign = Class.forName("fixture.Plain", false, isolated);
            WovenMethod site = WovenMethods.of(foreign, declarationOf(foreign, "main"));

            assertThat(site.spec()).isNull();
            assertThat(site.invalid()).contains("fixture.Plain.main", "another copy of ovc-run-api");
        }
    }

    @Test
    void ownPackagesAreSkippedButUserCodeUnderOvcRunIsNot() {
        assertThat(AnnotationTransformer.isOwn("ovc/run/Run")).isTrue();
        assertThat(AnnotationTransformer.isOwn("ovc/run/runtime/RunLifecycle")).isTrue();
        assertThat(AnnotationTransformer.isOwn("ovc/run/agent/shaded/net/bytebuddy/ByteBuddy")).isTrue();
        assertThat(AnnotationTransformer.isOwn("ovc/run/examples/P2Backfill")).isFalse();
        assertThat(AnnotationTransformer.isOwn("com/acme/Job")).isFalse();
    }
}
