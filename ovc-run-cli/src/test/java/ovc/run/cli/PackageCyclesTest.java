package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import ovc.run.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** No package of this module depends on itself through another: the CLI's commands use the report, the readers and the validator, and none of those reaches back into the commands. */
class PackageCyclesTest {

    @Test
    void thePackagesAreFreeOfCycles() {
        JavaClasses classes = PackageCycles.mainClasses();
        assertThat(classes.containPackage("ovc.run.cli")).isTrue();
        assertThat(classes.containPackage("ovc.run.cli.report")).isTrue();
        PackageCycles.rule().check(classes);
    }
}
