package ovc.run.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import ovc.run.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** No package of this module depends on itself through another: the classes the agent puts on the bootstrap class path (to carry a run into JDK thread pools) never reach back into the agent. */
class PackageCyclesTest {

    @Test
    void thePackagesAreFreeOfCycles() {
        JavaClasses classes = PackageCycles.mainClasses();
        assertThat(classes.containPackage("ovc.run.agent")).isTrue();
        assertThat(classes.containPackage("ovc.run.agent.bootstrap")).isTrue();
        PackageCycles.rule().check(classes);
    }
}
