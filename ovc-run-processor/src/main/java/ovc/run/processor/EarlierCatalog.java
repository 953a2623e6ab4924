package ovc.run.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import ovc.run.json.JsonReader;

/**
 * The pipelines of the catalog an earlier compilation left in this compilation's class output,
 * kept where this compilation cannot speak for them. An incremental build recompiles only some
 * sources, so the catalog is merged, as AutoService merges its service files: an earlier entry
 * survives unless its class is compiled now (then this compilation's declarations replace it) or
 * no longer exists; an entry with an id declared now is replaced.
 */
final class EarlierCatalog {

    private EarlierCatalog() {}

    /**
     * The earlier entries that survive this compilation, in their JSON form.
     *
     * @param compiledTypes binary names of every type this compilation compiles
     * @param declaredIds the pipeline ids this compilation declares
     */
    static List<Object> survivors(Filer filer, Elements elements, Set<String> compiledTypes, Set<String> declaredIds,
            Diagnostics diagnostics) {
        String text;
        try {
            FileObject earlier = filer.getResource(StandardLocation.CLASS_OUTPUT, "", Names.CATALOG);
            text = earlier.getCharContent(true).toString();
        } catch (IOException | IllegalArgumentException | IllegalStateException none) {
            return List.of(); // a first build, or a Filer that cannot read it back
        }
        List<Object> kept = new ArrayList<>();
        try {
            Object pipelines = JsonReader.standard().readObject(text).get("pipelines");
            for (Object item : (List<?>) pipelines) {
                Map<?, ?> entry = (Map<?, ?>) item;
                String className = (String) entry.get("class");
                if (!compiledTypes.contains(className) && !declaredIds.contains(entry.get("id"))
                        && elements.getTypeElement(className.replace('$', '.')) != null) {
                    kept.add(entry);
                }
            }
        } catch (IllegalArgumentException | ClassCastException | NullPointerException malformed) {
            // A damaged catalog of our own is rewritten from what this compilation knows.
            diagnostics.warning(String.format(Messages.CATALOG_UNREADABLE, Names.CATALOG + " (class output)",
                    String.valueOf(malformed.getMessage())));
            return List.of();
        }
        return kept;
    }
}
