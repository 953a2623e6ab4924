package ovc.run.processor;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import ovc.run.values.RecordableType;
import ovc.run.values.RecordableTypes;
import ovc.run.values.Rendering;

/**
 * Which declared types the runtime can turn into a ref, decided by {@link RecordableTypes}, the
 * list the runtime records values by: a type's entry is the earliest one among its own name and
 * its supertypes' names, as the runtime finds it among a value's class and superclasses. By name,
 * so that api versions without {@code RunRef} or {@code Written} still compile and check.
 */
final class RefTypes {

    private final Types types;
    private final TypeMirror object;

    RefTypes(Elements elements, Types types) {
        this.types = types;
        this.object = elements.getTypeElement("java.lang.Object").asType();
    }

    /**
     * The type that keeps {@code type}'s values from becoming refs (the element type of a list),
     * or {@code null} when they can.
     *
     * @param output whether the value is an output, for which {@code Written} also carries a ref
     *     and a number is a count, not a ref
     */
    TypeMirror unrefable(TypeMirror type, boolean output) {
        return unrefable(type, output, 0);
    }

    /** Whether {@code type} is a whole number ({@code int}, {@code long}, ... or a box): returned with a ref, the rows written. */
    boolean isRowCount(TypeMirror type) {
        RecordableType entry = entryOf(type);
        return entry != null && entry.rendering() == Rendering.WHOLE_NUMBER;
    }

    /** The entry of {@link RecordableTypes} that decides how values of {@code type} are recorded, or {@code null}. */
    RecordableType entryOf(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN: case BYTE: case SHORT: case INT: case LONG: case CHAR: case FLOAT: case DOUBLE:
                return RecordableTypes.named(types.boxedClass((PrimitiveType) type).getQualifiedName().toString());
            case DECLARED: case INTERSECTION:
                return strongestIn(type, null);
            case TYPEVAR:
                return entryOf(((TypeVariable) type).getUpperBound());
            case WILDCARD:
                TypeMirror extendsBound = ((WildcardType) type).getExtendsBound();
                return extendsBound == null ? null : entryOf(extendsBound);
            default:
                return null;
        }
    }

    private TypeMirror unrefable(TypeMirror type, boolean output, int depth) {
        switch (type.getKind()) {
            case ERROR:
                return null; // the compiler reports the unknown type; one error is enough
            case TYPEVAR:
                return unrefable(((TypeVariable) type).getUpperBound(), output, depth);
            case WILDCARD:
                TypeMirror extendsBound = ((WildcardType) type).getExtendsBound();
                return extendsBound == null ? object : unrefable(extendsBound, output, depth);
            case ARRAY:
                return depth < RecordableTypes.MAX_NESTING
                        ? unrefable(((ArrayType) type).getComponentType(), output, depth + 1) : type;
            default:
                RecordableType entry = entryOf(type);
                if (entry != null && entry.rendering().container() && depth < RecordableTypes.MAX_NESTING) {
                    return unrefable(elementOf(type, entry.name()), output, depth + 1);
                }
                return entry != null && entry.rendering().recordable(output) ? null : type;
        }
    }

    private RecordableType strongestIn(TypeMirror type, RecordableType found) {
        RecordableType strongest = found;
        if (type.getKind() == TypeKind.INTERSECTION) {
            for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
                strongest = strongestIn(bound, strongest);
            }
            return strongest;
        }
        if (type.getKind() == TypeKind.DECLARED) {
            RecordableType own = RecordableTypes.named(qualifiedName(type));
            if (own != null && own.exact()) {
                return RecordableTypes.stronger(strongest, own);
            }
            strongest = RecordableTypes.stronger(strongest, own);
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            strongest = strongestIn(supertype, strongest);
        }
        return strongest;
    }

    /** {@code T} of the {@code container<T>} that {@code type} is; {@code Object} for a raw one. */
    private TypeMirror elementOf(TypeMirror type, String container) {
        DeclaredType found = findSupertype(type, container);
        return found == null || found.getTypeArguments().isEmpty() ? object : found.getTypeArguments().get(0);
    }

    private DeclaredType findSupertype(TypeMirror type, String container) {
        if (type.getKind() == TypeKind.DECLARED && qualifiedName(type).equals(container)) {
            return (DeclaredType) type;
        }
        Iterable<? extends TypeMirror> supertypes = type.getKind() == TypeKind.INTERSECTION
                ? ((IntersectionType) type).getBounds() : types.directSupertypes(type);
        for (TypeMirror supertype : supertypes) {
            DeclaredType found = findSupertype(supertype, container);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The canonical name of a declared type without its type arguments; any other type as javac prints it. */
    static String erasedName(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED ? qualifiedName(type) : type.toString();
    }

    private static String qualifiedName(TypeMirror declared) {
        return ((TypeElement) ((DeclaredType) declared).asElement()).getQualifiedName().toString();
    }
}
