/**
 * ovc-run's api: what pipeline code compiles against is {@code ovc.run} (the annotations,
 * {@code Run}, {@code RunWriter}, the status types and exceptions) and nothing else. The runtime,
 * the artifact writers, output capture, the format's rules, the JSON writer and the recordable
 * value types are internal: exported only to the agent, the CLI, the annotation processor, the
 * OpenLineage exporter and (the JSON reader) the JUnit extension, which are built with them.
 *
 * <p>The internals never depend on {@code ovc.run} (PackageCyclesTest): they carry statuses as
 * {@code ovc.run.format}'s {@code CheckState} and {@code RunState} and throw their own
 * {@code StrictRecordingFailure} and {@code RequiredEnvMissing}, which {@code Run}, {@code RunWriter}
 * and the agent's woven methods turn into the api's types where control returns to pipeline code.
 * Only {@code ovc.run.values}, which reads the api's {@code RunRef} and {@code Written} from
 * annotated values for the agent, sits above the api.
 *
 * <p>On the class path (how the agent and most builds use it) this descriptor is ignored and
 * the jar works as a plain jar; on the module path it keeps the internals out of reach.
 */
module ovc.run.api {
    exports ovc.run;

    exports ovc.run.runtime to ovc.run.agent, ovc.run.cli, ovc.run.openlineage, ovc.run.junit;
    exports ovc.run.capture to ovc.run.agent, ovc.run.cli;
    exports ovc.run.artifact to ovc.run.agent, ovc.run.cli, ovc.run.processor, ovc.run.openlineage, ovc.run.junit;
    exports ovc.run.format to ovc.run.agent, ovc.run.cli, ovc.run.processor, ovc.run.openlineage, ovc.run.junit;
    exports ovc.run.json to ovc.run.agent, ovc.run.cli, ovc.run.processor, ovc.run.openlineage, ovc.run.junit;
    exports ovc.run.values to ovc.run.agent, ovc.run.processor;
}
