package ovc.run.surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface is the api and nothing else: {@code ovc.run} is the one package every module
 * may read; every other package is exported only to ovc-run's own modules; and {@code ovc.run}'s
 * public types are exactly the ones a pipeline author is meant to use.
 */
class ApiSurfaceTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Set<String> OWN_MODULES = Set.of("ovc.run.agent", "ovc.run.cli", "ovc.run.processor",
            "ovc.run.openlineage", "ovc.run.junit");
    private static final Set<String> API_TYPES = Set.of("CheckStatus", "MissingEnvironmentException", "Pipeline",
            "Run", "RunInfo", "RunInput", "RunOutput", "RunRecordingException", "RunRef", "RunStatus", "RunWriter",
            "RunWriter$Builder", "Written");

    @Test
    void onlyOvcRunIsExportedToEveryone() throws IOException {
        ModuleDescriptor module = descriptor();
        assertThat(module.name()).isEqualTo("ovc.run.api");
        assertThat(module.requires()).extracting(ModuleDescriptor.Requires::name).containsOnly("java.base");
        TreeMap<String, Set<String>> exports = new TreeMap<>();
        for (ModuleDescriptor.Exports export : module.exports()) {
            exports.put(export.source(), export.targets());
        }
        assertThat(exports.remove("ovc.run")).as("ovc.run is exported to every module").isEmpty();
        assertThat(exports).isNotEmpty().allSatisfy((pkg, targets) ->
                assertThat(targets).as("%s is exported only to ovc-run's modules", pkg).isNotEmpty().isSubsetOf(OWN_MODULES));
        assertThat(module.opens()).isEmpty();
    }

    @Test
    void everyPackageWithClassesIsNamedInTheDescriptor() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            files.filter(file -> file.toString().endsWith(".class") && !file.endsWith("module-info.class"))
                    .forEach(file -> packages.add(CLASSES.relativize(file.getParent()).toString().replace('/', '.')));
        }
        TreeSet<String> exported = new TreeSet<>();
        descriptor().exports().forEach(export -> exported.add(export.source()));
        // A new package must be placed deliberately: public to users, or to our own modules only.
        assertThat(exported).containsExactlyElementsOf(packages);
    }

    @Test
    void ovcRunsPublicTypesAreTheApi() throws IOException {
        TreeSet<String> publicTypes = new TreeSet<>();
        try (Stream<Path> files = Files.list(CLASSES.resolve("ovc/run"))) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                String simple = file.getFileName().toString().replace(".class", "");
                try {
                    Class<?> type = Class.forName("ovc.run." + simple, false, getClass().getClassLoader());
                    if (Modifier.isPublic(type.getModifiers())) {
                        publicTypes.add(simple);
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            });
        }
        assertThat(publicTypes).containsExactlyInAnyOrderElementsOf(API_TYPES);
    }

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }
}
