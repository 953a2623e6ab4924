package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.openlineage.client.OpenLineage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.openlineage.LineageBackend;

/**
 * Issue 14 through the packaged CLI: {@code ovc-run exec} with only {@code OPENLINEAGE_URL} set
 * sends START and COMPLETE (FAIL for a failing command) through the exporter the CLI jar carries,
 * valid against the spec, with the runIds {@code ovc-run export --openlineage} of the folder gives.
 */
@Timeout(120)
class ExecOpenLineageIT {

    @TempDir
    Path dir;

    private List<UUID> execAndExport(String command, OpenLineage.RunEvent.EventType finish) throws Exception {
        List<UUID> live = new ArrayList<>();
        try (LineageBackend backend = LineageBackend.answering(200)) {
            ProcessBuilder exec = PackagedCli.ovcRun(dir, "exec", "--pipeline-id", "Lineage-Exec", "--", "bash", "-c",
                    command);
            exec.environment().put("OPENLINEAGE_URL", backend.url());
            PackagedCli.exit(exec);

            assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain("WARNING");
            List<OpenLineage.RunEvent> events = backend.validEvents();
            assertThat(events).extracting(OpenLineage.RunEvent::getEventType)
                    .containsExactly(OpenLineage.RunEvent.EventType.START, finish);
            assertThat(events).extracting(event -> event.getJob().getName()).containsOnly("Lineage-Exec");
            for (OpenLineage.RunEvent event : events) {
                live.add(event.getRun().getRunId());
            }
        }
        try (LineageBackend backend = LineageBackend.answering(200)) {
            Path run = PackagedCli.onlyRun(dir);
            ProcessBuilder export = PackagedCli.ovcRun(dir, "export", "--openlineage", backend.url(), run.toString());
            assertThat(PackagedCli.exit(export)).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
            List<UUID> backFilled = new ArrayList<>();
            for (OpenLineage.RunEvent event : backend.validEvents()) {
                backFilled.add(event.getRun().getRunId());
            }
            assertThat(backFilled).isEqualTo(live);
        }
        return live;
    }

    @Test
    void execSendsStartAndCompleteWithTheRunIdsOfTheBackFill() throws Exception {
        assertThat(execAndExport("echo hello", OpenLineage.RunEvent.EventType.COMPLETE)).hasSize(2);
    }

    @Test
    void aFailingCommandSendsFail() throws Exception {
        assertThat(execAndExport("echo broken; exit 3", OpenLineage.RunEvent.EventType.FAIL)).hasSize(2);
    }

    @Test
    void theClientIsOnlyInsideTheEmbeddedExporterJar() throws Exception {
        try (JarFile jar = new JarFile(PackagedCli.JAR.toFile())) {
            assertThat(jar.getEntry("META-INF/ovc-run/ovc-run-openlineage.jar")).isNotNull();
            assertThat(jar.getEntry("io/openlineage/client/OpenLineage.class")).isNull();
            assertThat(jar.getEntry("ovc/run/openlineage/OpenLineageObserver.class")).isNull();
        }
    }
}
