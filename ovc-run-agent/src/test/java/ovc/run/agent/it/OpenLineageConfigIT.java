package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.Blocking;
import fixture.LineagePipeline;
import fixture.Nested;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.openlineage.LineageBackend;
import ovc.run.openlineage.OpenLineageSpec;

/**
 * Issue 14, the ways OpenLineage users already configure a client, under the packaged agent: an
 * {@code openlineage.yml} in the working directory (here with the official file transport),
 * {@code OPENLINEAGE_CONFIG} naming one, the {@code OPENLINEAGE__TRANSPORT__*} variables, and
 * {@code OPENLINEAGE_DISABLED}; and the two event shapes only a live run has: ABORT when the
 * process is terminated, and the {@code parent} facet of a pipeline called inside another run.
 */
class OpenLineageConfigIT {

    @TempDir
    Path work;

    private AgentProcess lineagePipeline(Path dir) {
        return AgentProcess.of(dir, LineagePipeline.class);
    }

    @Test
    void anOpenlineageYmlInTheWorkingDirectoryWithTheFileTransportWritesEveryEvent() throws Exception {
        Path dir = Files.createDirectories(work.resolve("yml"));
        Path events = work.resolve("events.jsonl");
        Files.writeString(dir.resolve("openlineage.yml"), "transport:\n  type: file\n  location: " + events + "\n");

        AgentProcess.Result result = lineagePipeline(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).as(result.toString()).isEmpty();
        assertThat(valid(Files.readAllLines(events))).extracting(OpenLineage.RunEvent::getEventType)
                .containsExactly(OpenLineage.RunEvent.EventType.START, OpenLineage.RunEvent.EventType.COMPLETE);
    }

    @Test
    void openlineageConfigNamesTheFileToRead() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            Path config = work.resolve("elsewhere/lineage.yml");
            Files.createDirectories(config.getParent());
            Files.writeString(config, "transport:\n  type: http\n  url: " + backend.url() + "\n");

            AgentProcess.Result result = lineagePipeline(Files.createDirectories(work.resolve("config")))
                    .env("OPENLINEAGE_CONFIG", config.toString()).run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(backend.validEvents()).extracting(OpenLineage.RunEvent::getEventType)
                    .containsExactly(OpenLineage.RunEvent.EventType.START, OpenLineage.RunEvent.EventType.COMPLETE);
        }
    }

    @Test
    void transportVariablesConfigureTheClientAsTheyDoUpstream() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            AgentProcess.Result result = lineagePipeline(Files.createDirectories(work.resolve("variables")))
                    .env("OPENLINEAGE__TRANSPORT__TYPE", "http").env("OPENLINEAGE__TRANSPORT__URL", backend.url())
                    .env("OPENLINEAGE__TRANSPORT__AUTH__TYPE", "api_key")
                    .env("OPENLINEAGE__TRANSPORT__AUTH__API_KEY", "from-variables").run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(backend.validEvents()).extracting(OpenLineage.RunEvent::getEventType)
                    .containsExactly(OpenLineage.RunEvent.EventType.START, OpenLineage.RunEvent.EventType.COMPLETE);
            assertThat(backend.authorizations()).containsOnly("Bearer from-variables");
        }
    }

    @Test
    void disabledSendsNothingAndLoadsNothingOfTheClientEvenWithAUrlSet() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            Path dir = Files.createDirectories(work.resolve("disabled"));
            Path classes = dir.resolve("classes.log");

            AgentProcess.Result result = lineagePipeline(dir).env("OPENLINEAGE_URL", backend.url())
                    .env("OPENLINEAGE_DISABLED", "true").jvmOption("-Xlog:class+load=info:file=" + classes).run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(backend.events()).isEmpty();
            assertThat(Files.readString(classes)).contains("fixture.LineagePipeline").doesNotContain("io.openlineage");
            assertThat(FixtureRunFolders.only(dir.resolve("reports/runs"), "Lineage-Agent").status()).isEqualTo("success");
        }
    }

    @Test
    void aTerminatedProcessSendsAbortAfterStart() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            Path dir = Files.createDirectories(work.resolve("terminated"));
            AgentProcess.Running running = AgentProcess.of(dir, Blocking.class).env("OPENLINEAGE_URL", backend.url()).start();
            running.awaitLine("READY");
            running.process().destroy(); // SIGTERM
            running.awaitExit();

            List<OpenLineage.RunEvent> events = backend.validEvents();
            assertThat(events).extracting(OpenLineage.RunEvent::getEventType)
                    .containsExactly(OpenLineage.RunEvent.EventType.START, OpenLineage.RunEvent.EventType.ABORT);
            assertThat(events.get(1).getRun().getRunId()).isEqualTo(events.get(0).getRun().getRunId());
            assertThat(FixtureRunFolders.only(dir.resolve("reports/runs"), "Blocking").check("process_terminated")
                    .path("status").asText()).isEqualTo("fail");
        }
    }

    @Test
    void aPipelineCalledInsideAnotherNamesTheOuterRunAsItsParentAndRoot() throws Exception {
        try (LineageBackend backend = LineageBackend.answering(200)) {
            AgentProcess.Result result = AgentProcess.of(Files.createDirectories(work.resolve("nested")), Nested.class)
                    .env("OPENLINEAGE_URL", backend.url()).run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            List<OpenLineage.RunEvent> events = backend.validEvents();
            OpenLineage.RunEvent outer = only(events, "Outer", OpenLineage.RunEvent.EventType.START);
            OpenLineage.RunEvent inner = only(events, "Inner", OpenLineage.RunEvent.EventType.COMPLETE);
            assertThat(outer.getRun().getFacets().getParent()).isNull();
            OpenLineage.ParentRunFacet parent = inner.getRun().getFacets().getParent();
            assertThat(parent.getJob().getName()).isEqualTo("Outer");
            assertThat(parent.getJob().getNamespace()).isEqualTo(outer.getJob().getNamespace());
            UUID outerRun = outer.getRun().getRunId();
            assertThat(parent.getRun().getRunId()).isEqualTo(outerRun);
            assertThat(parent.getRoot().getRun().getRunId()).isEqualTo(outerRun);
            assertThat(parent.getRoot().getJob().getName()).isEqualTo("Outer");
            // Nested runs are linked through parent, not as datasets.
            assertThat(inner.getInputs()).isEmpty();
            assertThat(only(events, "Outer", OpenLineage.RunEvent.EventType.COMPLETE).getOutputs()).isEmpty();
        }
    }

    private static OpenLineage.RunEvent only(List<OpenLineage.RunEvent> events, String job,
            OpenLineage.RunEvent.EventType type) {
        List<OpenLineage.RunEvent> matching = new ArrayList<>();
        for (OpenLineage.RunEvent event : events) {
            if (event.getJob().getName().equals(job) && event.getEventType() == type) {
                matching.add(event);
            }
        }
        assertThat(matching).as("%s events of %s among %s", type, job, events.size()).hasSize(1);
        return matching.get(0);
    }

    /** Each line, checked against the OpenLineage spec and parsed back by the official client. */
    private static List<OpenLineage.RunEvent> valid(List<String> lines) throws IOException {
        List<OpenLineage.RunEvent> parsed = new ArrayList<>();
        for (String json : lines) {
            assertThat(OpenLineageSpec.violations(json)).as(json).isEmpty();
            parsed.add(OpenLineageClientUtils.runEventFromJson(json));
        }
        return parsed;
    }
}
