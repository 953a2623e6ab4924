package ovc.run.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.nio.file.Path;

/**
 * The rule that no package depends on itself through others, one slice per package (the root
 * package {@code ovc.run} included, which ArchUnit's {@code matching("ovc.run.(*)..")} would leave
 * out), for every module that has more than one package; shared through the api's test jar.
 */
public final class PackageCycles {

    private PackageCycles() {}

    /** The compiled main classes of the module whose tests run: Maven's {@code target/classes}. */
    public static JavaClasses mainClasses() {
        return classesIn(Path.of("target", "classes"));
    }

    /** The classes compiled into {@code folder}. */
    public static JavaClasses classesIn(Path folder) {
        return new ClassFileImporter().importPath(folder);
    }

    /** Every package of the given classes is a slice, and the slices must be free of cycles. */
    public static ArchRule rule() {
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return SliceIdentifier.of(javaClass.getPackageName());
            }

            @Override
            public String getDescription() {
                return "one slice per package";
            }
        }).should().beFreeOfCycles();
    }
}
