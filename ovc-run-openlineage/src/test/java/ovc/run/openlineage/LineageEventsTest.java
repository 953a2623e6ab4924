package ovc.run.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event model on the golden run folders: valid against the spec, parsed back by the client. */
class LineageEventsTest {

    private static final Path EXAMPLES = Path.of("..", "contracts", "examples");
    private final LineageEvents events = new LineageEvents("ovc-test",
            new DatasetNaming("neon_table=postgres://neon.example:5432", Path.of("/work")));

    @Test
    void runIdIsAVersion7UuidWhoseTimeIsTheRunsStartAndIsTheSameEveryTime() {
        UUID id = RunUuid.of("20260119T061512Z__P2-Backfill__a1b2c3d");
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(java.time.Instant.parse("2026-01-19T06:15:12Z").toEpochMilli());
        assertThat(RunUuid.of("20260119T061512Z__P2-Backfill__a1b2c3d")).isEqualTo(id);
        assertThat(RunUuid.of("20260119T061512Z__P2-Backfill__a1b2c3e")).isNotEqualTo(id);
    }

    @Test
    void everyGoldenRunGivesValidStartAndFinishEventsThatTheClientParsesBack() throws Exception {
        for (String name : new String[] {"20260119T061512Z__P2-Backfill__a1b2c3d", "20260119T071003Z__B1-DerivedC1__0000000",
                "20260119T080512Z__D-NotionSync__7f3e9c2", "20260119T091500Z__D-ValidationRange__5e8d41f",
                "20260119T103045Z__C-Eval__c4d7e2a"}) {
            RunFolderFacts folder = RunFolderFacts.read(EXAMPLES.resolve(name));
            for (OpenLineage.RunEvent event : new FolderExport(events).events(List.of(folder))) {
                String json = OpenLineageClientUtils.toJson(event);
                assertThat(OpenLineageSpec.violations(json)).as(name + " " + event.getEventType() + ": " + json).isEmpty();
                OpenLineage.RunEvent back = OpenLineageClientUtils.runEventFromJson(json);
                assertThat(back.getRun().getRunId()).isEqualTo(RunUuid.of(name));
                assertThat(back.getJob().getName()).isEqualTo(folder.facts().pipelineId());
                assertThat(back.getRun().getFacets().getAdditionalProperties().get("ovc_run").getAdditionalProperties())
                        .containsEntry("run_id", name);
            }
        }
    }

    @Test
    void outputsBecomeNamedDatasetsWithRowCountsAndChecksBecomeTests() throws Exception {
        RunFolderFacts folder = RunFolderFacts.read(EXAMPLES.resolve("20260119T061512Z__P2-Backfill__a1b2c3d"));
        OpenLineage.RunEvent finish = events.finish(folder.facts(), folder.directory(), List.of(), null);
        assertThat(finish.getEventType()).isEqualTo(OpenLineage.RunEvent.EventType.COMPLETE);
        OpenLineage.OutputDataset output = finish.getOutputs().get(0);
        assertThat(output.getNamespace()).isEqualTo("postgres://neon.example:5432");
        assertThat(output.getName()).isEqualTo("ovc.ovc_blocks_v01_1_min");
        assertThat(output.getOutputFacets().getOutputStatistics().getRowCount()).isEqualTo(1440L);
        assertThat(finish.getInputs().get(0).getNamespace()).isEqualTo("ovc-run:oanda");
        assertThat(finish.getRun().getFacets().getTest().getTests()).extracting(OpenLineage.TestExecution::getName)
                .isNotEmpty();
        assertThat(finish.getJob().getFacets().getJobType().getIntegration()).isEqualTo("OVC_RUN");
    }

    @Test
    void aUriRefFollowsTheNamingConventions() {
        DatasetNaming naming = new DatasetNaming(null, Path.of("/work"));
        assertThat(naming.name("s3_object", "s3://bucket/dir/key.parquet")).containsExactly("s3://bucket", "dir/key.parquet");
        assertThat(naming.name("table", "postgres://db:5432/shop.public.orders")).containsExactly("postgres://db:5432", "shop.public.orders");
        assertThat(naming.name("file", "out/a.csv")).containsExactly("file", "/work/out/a.csv");
    }

    @Test
    void aKnownCommitAndOriginGiveAValidSourceCodeLocationWithoutTheUrlsCredentials(@TempDir Path repo)
            throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/config"), "[core]\n\tbare = false\n[remote \"upstream\"]\n"
                + "\turl = https://example.com/other.git\n[remote \"origin\"]\n"
                + "\turl = https://ci-bot:t0ken@github.com/acme/pipes.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        String name = "20260119T061512Z__P2-Backfill__a1b2c3d";
        Path folder = Files.createDirectories(repo.resolve("reports/runs/" + name));
        for (String file : new String[] {"run.json", "checks.json", "run.log"}) {
            Files.copy(EXAMPLES.resolve(name).resolve(file), folder.resolve(file));
        }
        RunFolderFacts run = RunFolderFacts.read(folder);

        for (OpenLineage.RunEvent event : new FolderExport(events).events(List.of(run))) {
            String json = OpenLineageClientUtils.toJson(event);
            assertThat(OpenLineageSpec.violations(json)).as(json).isEmpty();
            assertThat(json).doesNotContain("t0ken", "ci-bot");
            OpenLineage.SourceCodeLocationJobFacet location = OpenLineageClientUtils.runEventFromJson(json).getJob()
                    .getFacets().getSourceCodeLocation();
            assertThat(location.getType()).isEqualTo("git");
            assertThat(location.getUrl()).hasToString("https://github.com/acme/pipes");
            assertThat(location.getRepoUrl()).isEqualTo("https://github.com/acme/pipes.git");
            assertThat(location.getVersion()).isEqualTo("a1b2c3d9f04e6b7c8d2e1f30a4b5c6d7e8f90123");
            assertThat(location.getBranch()).isEqualTo("main");
        }
    }

    @Test
    void noCommitOrNoOriginGivesNoSourceCodeLocation(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/config"), "[remote \"origin\"]\n\turl = git@github.com:acme/pipes.git\n");
        String unknown = "20260119T071003Z__B1-DerivedC1__0000000";
        Path folder = Files.createDirectories(repo.resolve(unknown));
        for (String file : new String[] {"run.json", "checks.json", "run.log"}) {
            Files.copy(EXAMPLES.resolve(unknown).resolve(file), folder.resolve(file));
        }
        RunFolderFacts run = RunFolderFacts.read(folder);
        assertThat(events.start(run.facts(), folder, List.of()).getJob().getFacets().getSourceCodeLocation()).isNull();
        assertThat(GitRemote.around(Files.createDirectories(repo.resolveSibling(repo.getFileName() + "-bare")))).isNull();
    }

    @Test
    void eachFormOfRemoteBecomesAnAbsoluteUrlWithoutCredentials() {
        assertThat(GitRemote.of("git@github.com:acme/pipes.git"))
                .isEqualTo(new GitRemote("git@github.com:acme/pipes.git", "https://github.com/acme/pipes"));
        assertThat(GitRemote.of("ssh://git@gitlab.example:2222/team/repo.git"))
                .isEqualTo(new GitRemote("ssh://gitlab.example:2222/team/repo.git", "https://gitlab.example/team/repo"));
        assertThat(GitRemote.of("https://user:secret@host.example/r")).isEqualTo(new GitRemote("https://host.example/r",
                "https://host.example/r"));
        assertThat(GitRemote.of("/srv/git/repo.git").url()).isEqualTo("file:///srv/git/repo.git");
        assertThat(GitRemote.of("")).isNull();
    }
}
