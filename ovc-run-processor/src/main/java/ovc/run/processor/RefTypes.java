package ovc.run.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which values the agent can turn into a ref: {@code CharSequence}, {@code Path}, {@code File},
 * {@code URI}, {@code URL}, enums, numbers (primitive or boxed), {@code RunRef} implementations,
 * and for outputs {@code Written}; an array or {@code Iterable} of those gives one ref per element.
 */
final class RefTypes {

    private static final String[] SCALARS = {
        "java.lang.CharSequence", "java.nio.file.Path", "java.io.File", "java.net.URI", "java.net.URL",
        "java.lang.Number",
    };

    private final Types types;
    private final List<TypeMirror> scalars = new ArrayList<>();
    private final TypeMirror iterable;

    RefTypes(Elements elements, Types types) {
        this.types = types;
        for (String name : SCALARS) {
            TypeElement element = elements.getTypeElement(name);
            if (element != null) {
                scalars.add(types.erasure(element.asType()));
            }
        }
        TypeElement iterableElement = elements.getTypeElement("java.lang.Iterable");
        this.iterable = iterableElement == null ? null : types.erasure(iterableElement.asType());
    }

    /**
     * The type that keeps {@code type}'s values from becoming refs (the element type of a list),
     * or {@code null} when they can.
     *
     * @param output whether the value is an output, for which {@code Written} also carries a ref
     */
    TypeMirror unrefable(TypeMirror type, boolean output) {
        switch (type.getKind()) {
            case ARRAY:
                TypeMirror component = ((ArrayType) type).getComponentType();
                return scalar(component, output) ? null : component;
            case DECLARED:
                if (scalar(type, output)) {
                    return null;
                }
                TypeMirror element = iterableElement(type);
                if (element == null) {
                    return type;
                }
                return scalar(element, output) ? null : element;
            case TYPEVAR:
                return unrefable(((TypeVariable) type).getUpperBound(), output);
            default:
                return scalar(type, output) ? null : type;
        }
    }

    /** Whether {@code type} is {@code int}, {@code long} or their boxes: a count of rows. */
    boolean isRowCount(TypeMirror type) {
        TypeKind kind = type.getKind();
        if (kind == TypeKind.INT || kind == TypeKind.LONG) {
            return true;
        }
        if (kind == TypeKind.DECLARED) {
            String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
            return name.equals("java.lang.Integer") || name.equals("java.lang.Long");
        }
        return false;
    }

    private boolean scalar(TypeMirror type, boolean output) {
        switch (type.getKind()) {
            case BYTE: case SHORT: case INT: case LONG: case FLOAT: case DOUBLE:
                return true;
            case ERROR:
                return true; // the compiler reports the unknown type; one error is enough
            case TYPEVAR:
                return scalar(((TypeVariable) type).getUpperBound(), output);
            case WILDCARD:
                TypeMirror extendsBound = ((WildcardType) type).getExtendsBound();
                return extendsBound != null && scalar(extendsBound, output);
            case INTERSECTION:
                for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
                    if (scalar(bound, output)) {
                        return true;
                    }
                }
                return false;
            case DECLARED:
                if (((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
                    return true;
                }
                TypeMirror erased = types.erasure(type);
                for (TypeMirror scalar : scalars) {
                    if (types.isAssignable(erased, scalar)) {
                        return true;
                    }
                }
                return implementsNamed(type, Names.RUN_REF) || (output && implementsNamed(type, Names.WRITTEN));
            default:
                return false;
        }
    }

    /** {@code T} of the {@code Iterable<T>} that {@code type} is, {@code Object} for a raw one; null if none. */
    private TypeMirror iterableElement(TypeMirror type) {
        if (iterable == null || !types.isAssignable(types.erasure(type), iterable)) {
            return null;
        }
        DeclaredType asIterable = findSupertype(type);
        if (asIterable == null || asIterable.getTypeArguments().isEmpty()) {
            return iterable; // raw: elements are Objects, and Iterable is no scalar either
        }
        return asIterable.getTypeArguments().get(0);
    }

    private DeclaredType findSupertype(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED && types.isSameType(types.erasure(type), iterable)) {
            return (DeclaredType) type;
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            DeclaredType found = findSupertype(supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** By name, so that api versions without the type still compile and check. */
    private boolean implementsNamed(TypeMirror type, String qualifiedName) {
        if (type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName)) {
            return true;
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (implementsNamed(supertype, qualifiedName)) {
                return true;
            }
        }
        return false;
    }
}
