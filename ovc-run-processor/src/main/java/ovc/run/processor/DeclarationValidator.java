package ovc.run.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import ovc.run.artifact.Identifiers;
import ovc.run.values.RecordableTypes;

/**
 * Checks {@code @Pipeline}, {@code @RunInput} and {@code @RunOutput} declarations against the rules
 * the runtime enforces, and remembers the valid ones for the catalog. One instance per compilation.
 */
final class DeclarationValidator {

    /** A {@code @Pipeline} method whose id is valid (the other values may not be). */
    record PipelineDeclaration(ExecutableElement method, AnnotationValue idValue, String id, String version,
            List<String> requiredEnv) {}

    /** A {@code @RunInput} or {@code @RunOutput} on a method or parameter; {@code type} may be invalid. */
    record IoDeclaration(Element element, AnnotationMirror mirror, AnnotationValue typeValue, boolean input,
            String type, String ref, String range) {

        String label() {
            return input ? "@RunInput" : "@RunOutput";
        }
    }

    private final Elements elements;
    private final Diagnostics diagnostics;
    private final RefTypes refTypes;
    private final Signatures signatures;
    private final Map<String, PipelineDeclaration> pipelinesById = new LinkedHashMap<>();
    private final List<PipelineDeclaration> pipelines = new ArrayList<>();
    private final List<IoDeclaration> ioDeclarations = new ArrayList<>();

    DeclarationValidator(Elements elements, Diagnostics diagnostics, RefTypes refTypes, Signatures signatures) {
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.refTypes = refTypes;
        this.signatures = signatures;
    }

    /** The valid pipelines so far, in the order they were met. */
    List<PipelineDeclaration> pipelines() {
        return pipelines;
    }

    /** Every input and output declaration so far, in the order they were met. */
    List<IoDeclaration> ioDeclarations() {
        return ioDeclarations;
    }

    /** Checks one {@code @Pipeline} method. */
    void validatePipeline(ExecutableElement method) {
        AnnotationMirror mirror = Mirrors.find(method, Names.PIPELINE);
        if (mirror == null) {
            return;
        }
        boolean valid = checkPlacement(method, mirror);
        Map<String, AnnotationValue> values = Mirrors.values(elements, mirror);
        AnnotationValue idValue = values.get("id");
        AnnotationValue versionValue = values.get("version");
        String id = Mirrors.string(idValue);
        String version = Mirrors.string(versionValue);
        if (id == null || version == null) {
            return; // the compiler has already reported the annotation itself
        }
        boolean validId = checkId(method, mirror, idValue, id);
        valid &= validId;
        if (!Identifiers.isSemanticVersion(version)) {
            diagnostics.error(Messages.format(Messages.PIPELINE_VERSION, Suggestions.version(version), version),
                    method, mirror, versionValue);
            valid = false;
        }
        List<String> requiredEnv = new ArrayList<>();
        valid &= checkRequiredEnv(method, mirror, values.get("requiredEnv"), requiredEnv);
        if (validId) {
            PipelineDeclaration first = pipelinesById.get(id);
            if (first != null) {
                diagnostics.error(String.format(Messages.PIPELINE_DUPLICATE, id, signatures.qualifiedMethod(first.method())),
                        method, mirror, idValue);
                valid = false;
            } else {
                PipelineDeclaration declaration = new PipelineDeclaration(method, idValue, id, version, requiredEnv);
                pipelinesById.put(id, declaration);
                if (valid) {
                    pipelines.add(declaration);
                }
            }
        }
    }

    /** Checks one {@code @RunInput} or {@code @RunOutput} on a method or parameter. */
    void validateIo(Element element, boolean input) {
        AnnotationMirror mirror = Mirrors.find(element, input ? Names.RUN_INPUT : Names.RUN_OUTPUT);
        if (mirror == null) {
            return;
        }
        Map<String, AnnotationValue> values = Mirrors.values(elements, mirror);
        AnnotationValue typeValue = values.get("type");
        String type = Mirrors.string(typeValue);
        String ref = Mirrors.string(values.get("ref"));
        String range = input ? Mirrors.string(values.get("range")) : null;
        if (type == null || ref == null) {
            return;
        }
        IoDeclaration declaration = new IoDeclaration(element, mirror, typeValue, input, type, ref, range);
        ioDeclarations.add(declaration);
        if (!Identifiers.isSnakeCase(type)) {
            diagnostics.error(Messages.format(Messages.IO_TYPE, Suggestions.snakeCase(type), declaration.label(), type),
                    element, mirror, typeValue);
        }
        if (ref.isEmpty()) {
            checkRefSource(declaration);
        }
    }

    /**
     * Warns where a type is one edit away from another type of this compilation ({@code neon_tabel}
     * next to {@code neon_table}) that is used more often, or as often but declared first.
     *
     * @param fromIndex the first declaration to look at: those of the current round, because
     *     javac cannot place a message on an element of an earlier round
     */
    void reportNearMisses(int fromIndex) {
        Map<String, List<IoDeclaration>> byType = new LinkedHashMap<>(); // in order of first use
        for (IoDeclaration declaration : ioDeclarations) {
            if (Identifiers.isSnakeCase(declaration.type())) {
                List<IoDeclaration> same = byType.get(declaration.type());
                if (same == null) {
                    same = new ArrayList<>();
                    byType.put(declaration.type(), same);
                }
                same.add(declaration);
            }
        }
        List<String> firstUse = new ArrayList<>(byType.keySet());
        for (IoDeclaration declaration : ioDeclarations.subList(fromIndex, ioDeclarations.size())) {
            String type = declaration.type();
            if (!byType.containsKey(type)) {
                continue;
            }
            String nearest = null;
            for (String other : firstUse) {
                int uses = byType.get(other).size();
                boolean commoner = uses > byType.get(type).size()
                        || (uses == byType.get(type).size() && firstUse.indexOf(other) < firstUse.indexOf(type));
                if (!other.equals(type) && commoner && (nearest == null || uses > byType.get(nearest).size())
                        && Suggestions.editDistance(type, other, 1) == 1) {
                    nearest = other;
                }
            }
            if (nearest != null) {
                List<IoDeclaration> uses = byType.get(nearest);
                diagnostics.warning(Tag.IO_TYPE_NEAR_MISS, String.format(Messages.IO_TYPE_NEAR_MISS,
                                declaration.label(), type, nearest, uses.size(),
                                signatures.element(uses.get(0).element()), nearest),
                        declaration.element(), declaration.mirror(), declaration.typeValue());
            }
        }
    }

    private boolean checkPlacement(ExecutableElement method, AnnotationMirror mirror) {
        TypeElement local = Signatures.localClassAround(method);
        if (local != null) {
            diagnostics.error(String.format(Messages.PIPELINE_LOCAL, signatures.method(method), signatures.type(local)),
                    method, mirror, null);
            return false;
        }
        if (method.getModifiers().contains(Modifier.ABSTRACT)) {
            diagnostics.error(String.format(Messages.PIPELINE_ABSTRACT, signatures.qualifiedMethod(method)),
                    method, mirror, null);
            return false;
        }
        if (method.getModifiers().contains(Modifier.NATIVE)) {
            diagnostics.error(String.format(Messages.PIPELINE_NATIVE, signatures.qualifiedMethod(method)),
                    method, mirror, null);
            return false;
        }
        return true;
    }

    private boolean checkId(ExecutableElement method, AnnotationMirror mirror, AnnotationValue value, String id) {
        if (id.isEmpty()) {
            diagnostics.error(Messages.PIPELINE_ID_EMPTY, method, mirror, value);
        } else if (id.length() > 64) {
            diagnostics.error(String.format(Messages.PIPELINE_ID_LENGTH, id, id.length()), method, mirror, value);
        } else if (!Identifiers.isPipelineId(id)) {
            diagnostics.error(Messages.format(Messages.PIPELINE_ID, Suggestions.pipelineId(id), id), method, mirror, value);
        } else {
            return true;
        }
        return false;
    }

    /** Adds the valid entries to {@code entries}; reports the others. */
    private boolean checkRequiredEnv(ExecutableElement method, AnnotationMirror mirror, AnnotationValue value,
            List<String> entries) {
        boolean valid = true;
        Map<Set<String>, String> seen = new HashMap<>();
        for (AnnotationValue item : Mirrors.array(value)) {
            String entry = Mirrors.string(item);
            if (entry == null) {
                continue;
            }
            String problem = requiredEnvProblem(entry);
            if (problem != null) {
                diagnostics.error(problem, method, mirror, item);
                valid = false;
                continue;
            }
            List<String> names = List.of(entry.split("\\|"));
            // The runtime's rule of which entries are one requirement: it keeps the first where this refuses the rest.
            Set<String> distinct = Identifiers.envRequirementNames(entry);
            String first = seen.putIfAbsent(distinct, entry);
            if (distinct.size() < names.size()) {
                diagnostics.error(String.format(Messages.REQUIRED_ENV_REPEATED_NAME, entry, repeated(names)),
                        method, mirror, item);
                valid = false;
            } else if (first != null) {
                diagnostics.error(String.format(Messages.REQUIRED_ENV_DUPLICATE, entry, first), method, mirror, item);
                valid = false;
            } else {
                entries.add(entry);
            }
        }
        return valid;
    }

    /** The message for a malformed entry, or {@code null} when it is well-formed. */
    private static String requiredEnvProblem(String entry) {
        if (entry.isEmpty()) {
            return Messages.REQUIRED_ENV_EMPTY;
        }
        String[] names = entry.split("\\|", -1);
        if (names.length > 1) {
            StringBuilder fixed = new StringBuilder();
            boolean malformed = false;
            for (String name : names) {
                malformed |= name.isEmpty() || !name.equals(name.strip());
                if (!name.isBlank()) {
                    fixed.append(fixed.length() == 0 ? "" : "|").append(name.strip());
                }
            }
            if (malformed) {
                String suggestion = requiredEnvProblem(fixed.toString()) == null ? fixed.toString() : null;
                return Messages.format(Messages.REQUIRED_ENV_ALTERNATIVES, suggestion, entry);
            }
        }
        for (String name : names) {
            if (!Identifiers.isEnvName(name)) {
                String suggestion = Suggestions.envName(name);
                return Messages.format(Messages.REQUIRED_ENV_NAME,
                        suggestion == null ? null : entry.replace(name, suggestion), name);
            }
        }
        return null;
    }

    private static String repeated(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                return name;
            }
        }
        throw new IllegalArgumentException("no name repeats in " + names);
    }

    /** With no ref, the value itself must be able to become one. */
    private void checkRefSource(IoDeclaration declaration) {
        Element element = declaration.element();
        String label = declaration.label();
        if (element instanceof ExecutableElement method) {
            TypeMirror returned = method.getReturnType();
            if (returned.getKind() == TypeKind.VOID) {
                diagnostics.error(String.format(Messages.IO_NOTHING_TO_RECORD, label, signatures.qualifiedMethod(method),
                        declaration.input() ? "reads" : "writes"), element, declaration.mirror(), null);
            } else if (!declaration.input() && refTypes.isRowCount(returned)) {
                diagnostics.error(String.format(Messages.IO_ROW_COUNT_WITHOUT_REF, signatures.qualifiedMethod(method),
                        returned), element, declaration.mirror(), null);
            } else {
                checkRecordable(declaration, returned, "method " + signatures.qualifiedMethod(method) + " returning "
                        + returned);
            }
        } else if (element instanceof VariableElement) {
            checkRecordable(declaration, element.asType(), signatures.element(element) + " of type " + element.asType());
        }
    }

    /** Reports {@code type} unless the runtime's list of recordable types turns its values into refs. */
    private void checkRecordable(IoDeclaration declaration, TypeMirror type, String where) {
        boolean output = !declaration.input();
        TypeMirror unrefable = refTypes.unrefable(type, output);
        if (unrefable != null) {
            diagnostics.error(Messages.format(Messages.IO_REF_TYPE, Suggestions.recordableInstead(RefTypes.erasedName(unrefable)),
                    declaration.label(), where, unrefable, RecordableTypes.summary(output)),
                    declaration.element(), declaration.mirror(), null);
        }
    }
}
