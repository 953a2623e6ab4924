/**
 * Testing one's own pipelines: {@link ovc.run.junit.RecordedRuns} gives each test a temporary
 * reports folder and a {@link ovc.run.junit.Runs} parameter, whose
 * {@link ovc.run.junit.RecordedRun}s assert status, checks, inputs, outputs and run.log.
 */
package ovc.run.junit;
