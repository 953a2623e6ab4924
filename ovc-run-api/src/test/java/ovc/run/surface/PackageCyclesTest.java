package ovc.run.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.nio.file.Path;
import ovc.run.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * No package of the api depends on itself through another: {@code ovc.run} (what pipelines call)
 * depends on the internals, never the reverse, so the internals can change without the api.
 */
class PackageCyclesTest {

    @Test
    void theApisPackagesAreFreeOfCycles() {
        JavaClasses classes = PackageCycles.mainClasses();
        assertThat(classes.containPackage("ovc.run")).isTrue();
        assertThat(classes.containPackage("ovc.run.runtime")).isTrue();
        PackageCycles.rule().check(classes);
    }

    @Test
    void theRuleRejectsACycle() {
        JavaClasses cyclic = PackageCycles.classesIn(Path.of("target", "test-classes", "ovc", "run", "surface", "cyclic"));
        assertThatThrownBy(() -> PackageCycles.rule().check(cyclic))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ovc.run.surface.cyclic.left")
                .hasMessageContaining("ovc.run.surface.cyclic.right");
    }
}
