package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.OwnLibraries;
import fixture.StaticMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar: what it holds, its manifest, and that it needs nothing else. */
class AgentJarIT {

    @TempDir
    Path work;

    @Test
    void jarHoldsOnlyOvcRunAndMetaInfEntriesWithThirdPartyCodeRelocated() throws IOException {
        try (JarFile jar = new JarFile(AgentProcess.AGENT_JAR.toFile())) {
            List<String> names = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();

            assertThat(names).allMatch(name -> name.equals("ovc/") || name.startsWith("ovc/run/")
                    || name.startsWith("META-INF/"));
            assertThat(names).contains("ovc/run/agent/OvcRunAgent.class", "ovc/run/agent/LauncherAgent.class","ovc/run/Pipeline.class",
                    "ovc/run/runtime/RunLifecycle.class", "ovc/run/agent/shaded/net/bytebuddy/ByteBuddy.class");
            assertThat(names).noneMatch(name -> name.endsWith("module-info.class") || name.startsWith("META-INF/versions/")
                    || name.startsWith("META-INF/services/") || name.endsWith(".SF") || name.endsWith(".RSA"));
        }
    }

    @Test
    void manifestDeclaresPremainAgentMainAndRetransformation() throws IOException {
        try (JarFile jar = new JarFile(AgentProcess.AGENT_JAR.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();

            assertThat(main.getValue("Premain-Class")).isEqualTo("ovc.run.agent.OvcRunAgent");
            assertThat(main.getValue("Agent-Class")).isEqualTo("ovc.run.agent.OvcRunAgent");
            assertThat(main.getValue("Can-Retransform-Classes")).isEqualTo("true");
            assertThat(main.getValue("Can-Redefine-Classes")).isEqualTo("true");
        }
    }

    @Test
    void applicationKeepsItsOwnByteBuddyAndJackson() {
        AgentProcess.Result result = AgentProcess.of(work, OwnLibraries.class)
                .classPathOf(net.bytebuddy.ByteBuddy.class).classPathOf(com.fasterxml.jackson.core.JsonFactory.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("made by the app's Byte Buddy");
        String agentJar = AgentProcess.AGENT_JAR.getFileName().toString();
        assertThat(result.stdoutLines()).filteredOn(line -> line.contains(" from ")).hasSize(2)
                .noneMatch(line -> line.contains(agentJar));
        assertThat(FixtureRunFolders.only(work.resolve("reports/runs"), "Own-Libraries").status()).isEqualTo("success");
    }

    @Test
    void agentJarAloneCarriesTheApi() {
        AgentProcess.Result result = AgentProcess.of(work, StaticMain.class).apiFromAgentJarOnly().run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(FixtureRunFolders.only(work.resolve("reports/runs"), "Static-Main").status()).isEqualTo("success");
    }
}
