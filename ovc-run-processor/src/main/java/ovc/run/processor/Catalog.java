package ovc.run.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import ovc.run.artifact.Identifiers;
import ovc.run.processor.DeclarationValidator.IoDeclaration;
import ovc.run.processor.DeclarationValidator.PipelineDeclaration;

/**
 * {@code META-INF/ovc-run/pipelines.json}: one entry per pipeline with its id, version, required
 * environment, declaring class (binary name, as {@code Class.forName} takes it) and method, and the
 * inputs and outputs declared on the method, its parameters and the other methods of its top-level
 * class. Sorted throughout, so the same sources give the same bytes.
 */
final class Catalog {

    /** Names this layout, so that readers can tell a later one apart. */
    static final String FORMAT = "ovc-run-catalog/0.1";

    // Comparators and loops are written out, not lambdas: javac loads the processor afresh for every
    // compilation, and each lambda's first call costs a bootstrap there.
    private static final Comparator<Map<String, Object>> IO_ORDER = new Comparator<>() {
        @Override
        public int compare(Map<String, Object> a, Map<String, Object> b) {
            for (String key : new String[] {"type", "class", "method"}) {
                int order = ((String) a.get(key)).compareTo((String) b.get(key));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare((Integer) a.getOrDefault("parameter", -1), (Integer) b.getOrDefault("parameter", -1));
        }
    };

    private static final Comparator<PipelineDeclaration> BY_ID = new Comparator<>() {
        @Override
        public int compare(PipelineDeclaration a, PipelineDeclaration b) {
            return a.id().compareTo(b.id());
        }
    };

    private static final Comparator<Object> BY_ENTRY_ID = new Comparator<>() {
        @Override
        public int compare(Object a, Object b) {
            return ((String) ((Map<?, ?>) a).get("id")).compareTo((String) ((Map<?, ?>) b).get("id"));
        }
    };

    private final Elements elements;
    private final Signatures signatures;

    Catalog(Elements elements, Signatures signatures) {
        this.elements = elements;
        this.signatures = signatures;
    }

    /**
     * The catalog's JSON tree: this compilation's pipelines and the {@code earlier} entries that
     * survive it ({@link EarlierCatalog}), sorted by id.
     */
    Map<String, Object> tree(List<PipelineDeclaration> pipelines, List<IoDeclaration> ioDeclarations,
            List<Object> earlier) {
        // Inputs and outputs by top-level class, built once: a class often declares several pipelines.
        Map<TypeElement, List<Map<String, Object>>> inputs = new HashMap<>();
        Map<TypeElement, List<Map<String, Object>>> outputs = new HashMap<>();
        for (IoDeclaration io : ioDeclarations) {
            if (Identifiers.isSnakeCase(io.type())) {
                Map<TypeElement, List<Map<String, Object>>> byClass = io.input() ? inputs : outputs;
                TypeElement topLevel = Signatures.topLevel(io.element());
                List<Map<String, Object>> list = byClass.get(topLevel);
                if (list == null) {
                    list = new ArrayList<>();
                    byClass.put(topLevel, list);
                }
                list.add(ioEntry(io));
            }
        }
        for (List<Map<String, Object>> list : inputs.values()) {
            list.sort(IO_ORDER);
        }
        for (List<Map<String, Object>> list : outputs.values()) {
            list.sort(IO_ORDER);
        }
        List<PipelineDeclaration> sorted = new ArrayList<>(pipelines);
        sorted.sort(BY_ID);
        List<Object> entries = new ArrayList<>();
        for (PipelineDeclaration pipeline : sorted) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", pipeline.id());
            entry.put("version", pipeline.version());
            entry.put("required_env", List.copyOf(pipeline.requiredEnv()));
            entry.put("class", binaryName(Signatures.enclosingType(pipeline.method())));
            entry.put("method", signatures.method(pipeline.method()));
            TypeElement topLevel = Signatures.topLevel(pipeline.method());
            entry.put("inputs", inputs.getOrDefault(topLevel, List.of()));
            entry.put("outputs", outputs.getOrDefault(topLevel, List.of()));
            entries.add(entry);
        }
        if (!earlier.isEmpty()) {
            entries.addAll(earlier);
            entries.sort(BY_ENTRY_ID);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", FORMAT);
        tree.put("pipelines", entries);
        return tree;
    }

    private Map<String, Object> ioEntry(IoDeclaration io) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", io.type());
        Element element = io.element();
        ExecutableElement method = element instanceof ExecutableElement m ? m
                : (ExecutableElement) element.getEnclosingElement();
        entry.put("class", binaryName(Signatures.enclosingType(method)));
        entry.put("method", signatures.method(method));
        if (element instanceof VariableElement) {
            // The index, not the name: names of parameters read from class files depend on -parameters.
            entry.put("parameter", method.getParameters().indexOf(element));
        }
        if (!io.ref().isEmpty()) {
            entry.put("ref", io.ref());
        }
        if (io.range() != null && !io.range().isEmpty()) {
            entry.put("range", io.range());
        }
        return entry;
    }

    private String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }
}
