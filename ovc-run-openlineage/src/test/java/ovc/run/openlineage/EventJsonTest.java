package ovc.run.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ovc.run.format.CheckState;
import ovc.run.format.RunState;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.EnvReport;
import ovc.run.artifact.GitInfo;
import ovc.run.artifact.InputEntry;
import ovc.run.artifact.OutputEntry;
import ovc.run.artifact.RunFacts;
import ovc.run.artifact.TriggerInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EventJson} writes the bytes the client's own mapper writes ({@code OpenLineageClientUtils.toJson}),
 * for every shape of event the exporter makes and for values it does not know.
 */
class EventJsonTest {

    private static final Path EXAMPLES = Path.of("..", "contracts", "examples");
    private final LineageEvents events = new LineageEvents("ovc-test",
            new DatasetNaming("neon_table=postgres://neon.example:5432", Path.of("/work")));

    @Test
    void everyGoldenRunsStartAndFinishAreTheClientsBytes() throws Exception {
        List<RunFolderFacts> runs = new ArrayList<>();
        try (var folders = Files.list(EXAMPLES)) {
            for (Path folder : (Iterable<Path>) folders.sorted()::iterator) {
                if (Files.isRegularFile(folder.resolve("run.json"))) {
                    runs.add(RunFolderFacts.read(folder));
                }
            }
        }
        assertThat(runs).hasSizeGreaterThanOrEqualTo(5);
        for (OpenLineage.RunEvent event : new FolderExport(events).events(runs)) {
            assertSameAsTheClient(event);
        }
    }

    @Test
    void aFailedNestedRunWithHostileTextAndAllKindsOfDatasetsIsTheClientsBytes(@TempDir Path repo)
            throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/config"), "[remote \"origin\"]\n\turl = https://github.com/acme/pipes.git\n");
        Path folder = Files.createDirectories(repo.resolve("reports/runs/20260119T061512Z__P2-Backfill__a1b2c3d"));
        String hostile = "quote \" backslash \\ tab \t newline \n cr \r bell \u0007 nul \u0000 esc \u001b unit-sep \u001f del \u007f"
                + " e\u0301 \u00e9 \u4e2d \ud83d\ude00 line-sep \u2028 </script> & '";
        RunFacts facts = new RunFacts("20260119T061512Z__P2-Backfill__a1b2c3d", "P2-Backfill", "1.2.0",
                Instant.parse("2026-01-19T06:15:12.123456789Z"), Instant.parse("2026-01-19T06:16:00Z"), RunState.FAILED,
                new TriggerInfo("local_cli", "cli", "ana " + hostile), new GitInfo("a1b2c3d9f04e6b7c8d2e1f30a4b5c6d7e8f90123", "main"),
                new EnvReport(List.of("A_TOKEN"), List.of("B")),
                List.of(new InputEntry("oanda", "EUR_USD " + hostile, "2026-01-18"), new InputEntry("file", "in/a.csv", null)),
                List.of(new OutputEntry("neon_table", "ovc.blocks", 1440L, 3L, Map.of()),
                        new OutputEntry("s3_object", "s3://bucket/key.parquet", null, null, Map.of()),
                        new OutputEntry("run", "20260119T061600Z__Child__a1b2c3d", null, null, Map.of())),
                List.of(new CheckEntry("rows_eur", "rows " + hostile, CheckState.FAIL, List.of("run.log:line:1")),
                        new CheckEntry("skipped", "skipped", CheckState.SKIP, List.of())));
        List<String> ancestors = List.of("20260119T061000Z__Outer__a1b2c3d", "20260119T060000Z__Root__a1b2c3d");
        String error = "java.lang.IllegalStateException: " + hostile + "\n\tat x.Y.z(Y.java:1)";

        assertSameAsTheClient(events.start(LineageFacts.atStart(facts), folder, ancestors));
        assertSameAsTheClient(events.finish(facts, folder, ancestors, error));
        assertSameAsTheClient(events.finish(facts, folder, List.of(), null));
    }

    @Test
    void aTimeInAnotherZoneKeepsItsOffsetAsTheClientWritesIt() {
        OpenLineage model = new OpenLineage(LineageEvents.PRODUCER);
        ZonedDateTime kolkata = ZonedDateTime.of(2026, 1, 19, 11, 45, 12, 5_000_000, ZoneId.of("Asia/Kolkata"));
        OpenLineage.RunEvent event = model.newRunEvent(kolkata, OpenLineage.RunEvent.EventType.START,
                model.newRun(UUID.fromString("0194a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), model.newRunFacetsBuilder()
                        .nominalTime(model.newNominalTimeRunFacet(kolkata, kolkata.plusSeconds(1))).build()),
                model.newJob("ns", "job", null), null, null);

        String json = assertSameAsTheClient(event);

        assertThat(json).contains("\"eventTime\":\"2026-01-19T11:45:12.005+05:30\"");
    }

    @Test
    void nullsInAFacetsMapsAreLeftOutAsTheClientLeavesThemOut() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("absent", null);
        nested.put("list", java.util.Arrays.asList(1, "two", true, null));
        String json = assertSameAsTheClient(eventWith(Map.of("nested", nested)));

        assertThat(json).contains("\"nested\":{\"list\":[1,\"two\",true,null]}").doesNotContain("absent");
    }

    @Test
    void aValueOfATypeItDoesNotKnowIsWrittenByTheClientsMapper() {
        String json = assertWrittenByTheMapper(eventWith(Map.of("ratio", 0.25)));
        assertThat(json).contains("\"ratio\":0.25");
        assertThat(assertWrittenByTheMapper(eventWith(Map.of("when", Instant.parse("2026-01-19T06:15:12Z")))))
                .contains("\"when\":\"2026-01-19T06:15:12Z\"");
    }

    private static OpenLineage.RunEvent eventWith(Map<String, Object> properties) {
        OpenLineage model = new OpenLineage(LineageEvents.PRODUCER);
        OpenLineage.DefaultRunFacet custom = new OpenLineage.DefaultRunFacet(LineageEvents.PRODUCER);
        custom.getAdditionalProperties().putAll(properties);
        return model.newRunEvent(ZonedDateTime.parse("2026-01-19T06:15:12Z"), OpenLineage.RunEvent.EventType.OTHER,
                model.newRun(UUID.fromString("0194a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
                        model.newRunFacetsBuilder().put("custom", custom).build()),
                model.newJob("ns", "job", null), List.of(), List.of());
    }

    @Test
    void datasetAndJobEventsAreTheClientsBytes() {
        OpenLineage model = new OpenLineage(LineageEvents.PRODUCER);
        ZonedDateTime now = ZonedDateTime.parse("2026-01-19T06:15:12Z");
        OpenLineage.StaticDataset dataset = model.newStaticDatasetBuilder().namespace("file").name("/work/a.csv").build();
        assertSameAsTheClient(model.newDatasetEventBuilder().eventTime(now).dataset(dataset).build());
        assertSameAsTheClient(model.newJobEventBuilder().eventTime(now).job(model.newJob("ns", "job", null))
                .inputs(List.of(model.newInputDataset("file", "/work/a.csv", null, null))).build());
    }

    // Written without the client's mapper, and the bytes the mapper writes.
    private static String assertSameAsTheClient(Object event) {
        String json = EventJson.withoutMapper(event);
        assertThat(json).as("written without the mapper").isNotNull();
        assertThat(json).isEqualTo(OpenLineageClientUtils.toJson(event));
        return json;
    }

    // A value the writer does not know: the mapper writes the event.
    private static String assertWrittenByTheMapper(Object event) {
        assertThat(EventJson.withoutMapper(event)).isNull();
        String json = EventJson.of(event);
        assertThat(json).isEqualTo(OpenLineageClientUtils.toJson(event));
        return json;
    }
}
