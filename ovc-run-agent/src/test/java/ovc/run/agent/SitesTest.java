package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import ovc.run.Pipeline;
import ovc.run.RunInput;
import ovc.run.RunOutput;
import org.junit.jupiter.api.Test;

class SitesTest {

    @Pipeline(id = "Sites", version = "0.1.0", requiredEnv = "A|B")
    static long[] pipeline(@RunInput(type = "csv") String[][] files, int n, @RunOutput(type = "file") Path out) {
        return null;
    }

    @Pipeline(id = "bad id", version = "0.1.0")
    static void invalid() {}

    @Test
    void descriptorIsTheJvmsOwn() throws NoSuchMethodException {
        var method = SitesTest.class.getDeclaredMethod("pipeline", String[][].class, int.class, Path.class);
        assertThat(Sites.descriptor(method)).isEqualTo("([[Ljava/lang/String;ILjava/nio/file/Path;)[J");
    }

    @Test
    void siteReadsTheDeclarationOnce() {
        Site site = Sites.of(SitesTest.class, "pipeline([[Ljava/lang/String;ILjava/nio/file/Path;)[J");

        assertThat(site.spec().id()).isEqualTo("Sites");
        assertThat(site.spec().requiredEnv()).isEqualTo(List.of("A|B"));
        assertThat(site.parameterInputs()[0].type()).isEqualTo("csv");
        assertThat(site.parameterInputs()[1]).isNull();
        assertThat(site.parameterOutputs()[2].type()).isEqualTo("file");
        assertThat(Sites.of(SitesTest.class, "pipeline([[Ljava/lang/String;ILjava/nio/file/Path;)[J")).isSameAs(site);
    }

    @Test
    void invalidDeclarationIsExplainedNotThrown() {
        Site site = Sites.of(SitesTest.class, "invalid()V");

        assertThat(site.spec()).isNull();
        assertThat(site.invalid()).contains("SitesTest.invalid", "bad id");
    }

    @Test
    void pipelineOfAnotherApiCopyIsExplained() throws Exception {
        URL[] both = {fixture.Plain.class.getProtectionDomain().getCodeSource().getLocation(),
                Pipeline.class.getProtectionDomain().getCodeSource().getLocation()};
        try (URLClassLoader isolated = new URLClassLoader(both, ClassLoader.getPlatformClassLoader())) {
            Class<?> foreign = Class.forName("fixture.Plain", false, isolated);
            Site site = Sites.of(foreign, "main([Ljava/lang/String;)V");

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
