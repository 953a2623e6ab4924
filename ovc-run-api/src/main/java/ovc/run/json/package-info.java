/**
 * The one JSON implementation of ovc-run, JDK only: {@link ovc.run.json.CanonicalJson} writes the
 * artifacts' exact bytes (Python's {@code json.dumps(indent=2, sort_keys=True, ensure_ascii=True)}),
 * {@link ovc.run.json.JsonReader} reads strict JSON back into maps, lists and scalars. The runtime,
 * the annotation processor and the command line share them, so what one writes the others read.
 */
package ovc.run.json;
