package ovc.run.openlineage;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineage.RunEvent.EventType;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ovc.run.format.RunState;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.GitInfo;
import ovc.run.artifact.InputEntry;
import ovc.run.artifact.OutputEntry;
import ovc.run.artifact.RunFacts;
import ovc.run.format.RunId;
import ovc.run.runtime.RunLifecycle;

/**
 * A run as OpenLineage {@code RunEvent}s, built with the official client's model: the same facts
 * give the same event, whether they come from a live run or from its folder.
 */
public final class LineageEvents {

    /** The {@code _producer} of every event and facet. */
    public static final URI PRODUCER = URI.create("https://ovc.run/ovc-run-openlineage");
    /** {@code processing_engine.name}. */
    public static final String ENGINE = "ovc-run";

    private static final String BRANCH = "refs/heads/";

    private final OpenLineage model = new OpenLineage(PRODUCER);
    private final String namespace;
    private final DatasetNaming datasets;

    /**
     * @param namespace the jobs' namespace
     * @param datasets how inputs and outputs become datasets
     */
    public LineageEvents(String namespace, DatasetNaming datasets) {
        this.namespace = namespace;
        this.datasets = datasets;
    }

    /** The job namespace. */
    public String namespace() {
        return namespace;
    }

    /** The START event of a run (its facts as at the start). */
    public OpenLineage.RunEvent start(RunFacts facts, Path directory, List<String> ancestors) {
        return event(EventType.START, facts, directory, ancestors, null, false);
    }

    /** The COMPLETE, FAIL or ABORT event of a finished run. */
    public OpenLineage.RunEvent finish(RunFacts facts, Path directory, List<String> ancestors, String error) {
        return event(finishType(facts), facts, directory, ancestors, error, true);
    }

    /** ABORT when the process ended the run, FAIL when it failed, else COMPLETE. */
    static EventType finishType(RunFacts facts) {
        for (CheckEntry check : facts.checks()) {
            if (check.id().equals(RunLifecycle.TERMINATED_CHECK)) {
                return EventType.ABORT;
            }
        }
        return facts.status() == RunState.FAILED ? EventType.FAIL : EventType.COMPLETE;
    }

    private OpenLineage.RunEvent event(EventType type, RunFacts facts, Path directory, List<String> ancestors,
            String error, boolean finished) {
        OpenLineage.RunFacetsBuilder runFacets = model.newRunFacetsBuilder()
                .nominalTime(model.newNominalTimeRunFacet(utc(facts.started()), finished ? utc(facts.finished()) : null))
                .processing_engine(model.newProcessingEngineRunFacet(version(), ENGINE, clientVersion()));
        if (!ancestors.isEmpty()) {
            runFacets.parent(parent(ancestors));
        }
        if (error != null) {
            int end = error.indexOf('\n');
            runFacets.errorMessage(model.newErrorMessageRunFacet(end < 0 ? error : error.substring(0, end), "JAVA", error));
        }
        if (finished) {
            List<OpenLineage.TestExecution> tests = new ArrayList<>();
            for (CheckEntry check : facts.checks()) {
                tests.add(model.newTestExecutionBuilder().name(check.id()).description(check.name())
                        .status(check.status().name().toLowerCase(Locale.ROOT)).build());
            }
            runFacets.test(model.newTestRunFacet(tests));
        }
        runFacets.put("ovc_run", new OvcRunFacet(PRODUCER, facts, directory,
                finished ? facts.status().name().toLowerCase(Locale.ROOT) : null));
        OpenLineage.JobFacetsBuilder jobFacets = model.newJobFacetsBuilder()
                .jobType(model.newJobTypeJobFacet("BATCH", "OVC_RUN", "JOB", null));
        GitRemote remote = GitInfo.UNKNOWN.sha().equals(facts.git().sha()) ? null : GitRemote.around(directory);
        if (remote != null) {
            jobFacets.sourceCodeLocation(sourceCodeLocation(remote, facts.git()));
        }
        OpenLineage.Run run = model.newRun(RunUuid.of(facts.runId()), runFacets.build());
        OpenLineage.Job job = model.newJob(namespace, facts.pipelineId(), jobFacets.build());
        return model.newRunEvent(utc(finished ? facts.finished() : facts.started()), type, run, job,
                inputs(facts), outputs(facts));
    }

    /** Where the code is: git, the repository, the commit, and the branch when the ref names one. */
    private OpenLineage.SourceCodeLocationJobFacet sourceCodeLocation(GitRemote remote, GitInfo git) {
        String branch = git.ref().startsWith(BRANCH) && !git.ref().equals(GitInfo.UNKNOWN.ref())
                ? git.ref().substring(BRANCH.length()) : null;
        return model.newSourceCodeLocationJobFacetBuilder().type("git").url(URI.create(remote.url()))
                .repoUrl(remote.configured()).version(git.sha()).branch(branch).build();
    }

    private OpenLineage.ParentRunFacet parent(List<String> ancestors) {
        String parentId = ancestors.get(0);
        String rootId = ancestors.get(ancestors.size() - 1);
        return model.newParentRunFacet(
                model.newParentRunFacetRun(RunUuid.of(parentId), null),
                model.newParentRunFacetJob(namespace, pipelineOf(parentId), null),
                model.newParentRunFacetRoot(model.newRootRun(RunUuid.of(rootId), null),
                        model.newRootJob(namespace, pipelineOf(rootId), null)));
    }

    private static String pipelineOf(String runId) {
        RunId parsed = RunId.parse(runId);
        return parsed == null ? runId : parsed.pipelineId();
    }

    private List<OpenLineage.InputDataset> inputs(RunFacts facts) {
        List<OpenLineage.InputDataset> inputs = new ArrayList<>();
        for (InputEntry input : facts.inputs()) {
            String[] name = datasets.name(input.type(), input.ref());
            inputs.add(model.newInputDataset(name[0], name[1], null, null));
        }
        return inputs;
    }

    private List<OpenLineage.OutputDataset> outputs(RunFacts facts) {
        List<OpenLineage.OutputDataset> outputs = new ArrayList<>();
        for (OutputEntry output : facts.outputs()) {
            if (output.type().equals("run")) {
                continue; // a nested run: linked through its parent facet, not a dataset
            }
            String[] name = datasets.name(output.type(), output.ref());
            OpenLineage.OutputDatasetOutputFacets facets = output.rowsWritten() == null ? null
                    : model.newOutputDatasetOutputFacetsBuilder()
                            .outputStatistics(model.newOutputStatisticsOutputDatasetFacet(output.rowsWritten(), null, null))
                            .build();
            outputs.add(model.newOutputDataset(name[0], name[1], null, facets));
        }
        return outputs;
    }

    private static ZonedDateTime utc(Instant instant) {
        // To the second, as run.json has it: a run exported from its folder gives the same event.
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
    }

    /** ovc-run's version, from the jar's manifest. */
    static String version() {
        String version = LineageEvents.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0-SNAPSHOT";
    }

    private static String clientVersion() {
        String version = OpenLineage.class.getPackage().getImplementationVersion();
        return version != null ? version : "1.55.0";
    }
}
