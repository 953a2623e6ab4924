package ovc.run.openlineage;

import io.openlineage.client.OpenLineage;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import ovc.run.artifact.RunFacts;

/**
 * The custom run facet {@code ovc_run}: what the run folder says that no standard facet holds (the
 * run_id, the pipeline's version, the trigger, the commit, the status and the folder's path). Its
 * schema is {@code contracts/ovc_run-run-facet.schema.json}.
 */
final class OvcRunFacet extends OpenLineage.DefaultRunFacet {

    /** Where the facet's JSON Schema is published ({@code contracts/} in the repository). */
    static final URI SCHEMA_URL = URI.create("https://ovc.run/contracts/v0.1/ovc_run-run-facet.schema.json#/$defs/OvcRunRunFacet");

    OvcRunFacet(URI producer, RunFacts facts, Path directory, String status) {
        super(producer);
        Map<String, Object> fields = getAdditionalProperties();
        fields.put("run_id", facts.runId());
        fields.put("pipeline_version", facts.pipelineVersion());
        Map<String, String> trigger = new LinkedHashMap<>();
        trigger.put("type", facts.trigger().type());
        trigger.put("source", facts.trigger().source());
        trigger.put("actor", facts.trigger().actor());
        fields.put("trigger", trigger);
        Map<String, String> git = new LinkedHashMap<>();
        git.put("sha", facts.git().sha());
        git.put("ref", facts.git().ref());
        fields.put("git", git);
        fields.put("run_folder", directory.toAbsolutePath().normalize().toString());
        if (status != null) {
            fields.put("status", status);
        }
    }

    @Override
    public URI get_schemaURL() {
        return SCHEMA_URL;
    }
}
