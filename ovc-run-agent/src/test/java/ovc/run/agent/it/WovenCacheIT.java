package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.Plain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repeat run is woven from the cache, without Byte Buddy; an untrusted cache is not used. */
class WovenCacheIT {

    @TempDir
    Path work;

    @Test
    void repeatRunIsServedFromTheCacheAndRecordsTheSame() {
        String options = "debug=true,cache=" + work.resolve("cache");
        AgentProcess.Result first = AgentProcess.of(work, Plain.class).agentOptions(options).run();
        AgentProcess.Result second = AgentProcess.of(work, Plain.class).agentOptions(options).run();

        assertThat(first.stderr()).contains("woven fixture.Plain with Byte Buddy");
        assertThat(second.stderr()).contains("woven fixture.Plain from cache").doesNotContain("with Byte Buddy");
        assertThat(RunFolders.all(work.resolve("reports/runs"))).hasSize(2)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo("success"));
    }

    @Test
    void cacheFolderOpenToOthersIsNotUsedAndThePipelineStillRecords() throws Exception {
        Path open = Files.createDirectory(work.resolve("open-cache"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));

        AgentProcess.Result result = AgentProcess.of(work, Plain.class).agentOptions("cache=" + open).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("woven class cache off", "open to others");
        assertThat(RunFolders.only(work.resolve("reports/runs"), "Plain").status()).isEqualTo("success");
        try (var files = Files.list(open)) {
            assertThat(files).isEmpty();
        }
    }
}
