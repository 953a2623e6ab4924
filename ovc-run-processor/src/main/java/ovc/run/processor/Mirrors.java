package ovc.run.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads annotations by name through their mirrors, keeping the exact value objects for diagnostics. */
final class Mirrors {

    private Mirrors() {}

    /** The annotation named {@code qualifiedName} on {@code element}, or {@code null}. */
    static AnnotationMirror find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (qualifiedName(mirror).equals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }

    static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /**
     * Every member's value by name: the written one when there is one (javac finds its source
     * position only through that very object), else the default.
     */
    static Map<String, AnnotationValue> values(Elements elements, AnnotationMirror mirror) {
        Map<String, AnnotationValue> values = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
        }
        return values;
    }

    /** The string held by {@code value}; {@code null} when it holds something else (a compile error). */
    static String string(AnnotationValue value) {
        return value != null && value.getValue() instanceof String s ? s : null;
    }

    /** The elements of an array value; a single value written without braces is one element. */
    @SuppressWarnings("unchecked")
    static List<? extends AnnotationValue> array(AnnotationValue value) {
        if (value == null) {
            return List.of();
        }
        if (value.getValue() instanceof List<?> list) {
            return (List<? extends AnnotationValue>) list;
        }
        return List.of(value);
    }
}
