package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.CheckStatus;
import ovc.run.RunWriter;
import ovc.run.testing.TestHost;

/** {@code debug=true} explains a run's decisions on stderr; without it, stderr holds none of them. */
class RunDebugTest {

    @TempDir
    Path dir;

    @Test
    void debugExplainsSettingsFolderTriggerGitMaskingAndStatus() {
        TestHost host = new TestHost(dir);
        host.env.put("OVC_RUN_DEBUG", "true");
        host.env.put("OANDA_API_TOKEN", "tok-123456");
        host.properties.put("ovc.run.reports", "out/runs");
        String runId;
        try (RunWriter run = host.start("Debugged", "OANDA_API_TOKEN")) {
            runId = run.runId();
            run.check("rows_loaded", "Rows loaded", CheckStatus.SKIP);
        }

        String err = host.stderr();
        String prefix = "[ovc-run] debug: " + runId + ": ";
        assertThat(err.lines()).contains(
                prefix + "setting reports=out/runs (-Dovc.run.reports)",
                prefix + "setting debug=true (OVC_RUN_DEBUG)",
                prefix + "setting strict=false (default)",
                prefix + "claimed folder " + dir.resolve("out/runs").resolve(runId),
                prefix + "trigger local_cli cli analyst (detected: local)",
                prefix + "git 0000000 refs/heads/unknown (no repository found: zeros)",
                prefix + "required variables present [OANDA_API_TOKEN], missing []",
                prefix + "masking the values of 1 variable(s): OANDA_API_TOKEN",
                prefix + "status partial: skipped checks [rows_loaded]; 2 check(s), 0 input(s), 0 output(s)");
        assertThat(err).doesNotContain("tok-123456");
    }

    @Test
    void withoutDebugNothingIsExplained() {
        TestHost host = new TestHost(dir);
        try (RunWriter run = host.start("Quiet")) {
            run.log("working");
        }
        assertThat(host.stderr()).doesNotContain("debug:");
    }
}
