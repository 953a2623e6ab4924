package ovc.run.benchmarks.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import ovc.run.benchmarks.fixture.EmptyAgent;

/**
 * Writes the jar of the {@link EmptyAgent} variant: a manifest and nothing else. Its
 * {@code Premain-Class} is found on the program's class path (the benchmarks jar), as the agent
 * jar is appended to that class path.
 */
final class EmptyAgentJar {

    private EmptyAgentJar() {}

    static Path write(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", EmptyAgent.class.getName());
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar.toAbsolutePath();
        }
    }
}
