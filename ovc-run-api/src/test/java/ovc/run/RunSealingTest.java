package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import ovc.run.testing.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code seal=true} every run folder is sealed as it finishes, failed runs included. */
class RunSealingTest {

    @Test
    void sealSettingSealsTheFinishedFolder(@TempDir Path work) throws Exception {
        TestHost host = new TestHost(work);
        host.properties.put("ovc.run.seal", "true");
        Path folder;
        try (RunWriter run = host.start("Sealed-Run")) {
            folder = run.directory();
            run.check("broken", "Broken", CheckStatus.FAIL);
        }
        String manifest = Files.readString(folder.resolve("manifest.json"));
        assertThat(manifest).contains("\"path\": \"checks.json\"").contains("\"path\": \"run.json\"")
                .contains("\"path\": \"run.log\"").doesNotContain("git_tree");
        assertThat(Files.readString(folder.resolve("MANIFEST.sha256"))).contains("ROOT_SHA256 ");
    }

    @Test
    void withoutTheSettingNothingIsSealed(@TempDir Path work) {
        TestHost host = new TestHost(work);
        Path folder;
        try (RunWriter run = host.start("Plain-Run")) {
            folder = run.directory();
        }
        assertThat(folder.resolve("manifest.json")).doesNotExist();
    }
}
