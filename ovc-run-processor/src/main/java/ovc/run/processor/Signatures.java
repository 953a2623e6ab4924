package ovc.run.processor;

import java.util.StringJoiner;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/** How elements are named in messages and in the catalog: stable, erased, fully qualified. */
final class Signatures {

    private final Types types;

    Signatures(Types types) {
        this.types = types;
    }

    /** {@code main(java.lang.String[])}: the name and erased parameter types. */
    String method(ExecutableElement method) {
        StringJoiner parameters = new StringJoiner(",", method.getSimpleName() + "(", ")");
        for (VariableElement parameter : method.getParameters()) {
            parameters.add(types.erasure(parameter.asType()).toString());
        }
        return parameters.toString();
    }

    /** {@code ovc.examples.Backfill.main(java.lang.String[])}, or the class a local one is in. */
    String qualifiedMethod(ExecutableElement method) {
        return type(enclosingType(method)) + "." + method(method);
    }

    /** A method, or {@code parameter blocks of ...} for a parameter. */
    String element(Element element) {
        if (element instanceof VariableElement && element.getEnclosingElement() instanceof ExecutableElement method) {
            return "parameter " + element.getSimpleName() + " of " + qualifiedMethod(method);
        }
        if (element instanceof ExecutableElement method) {
            return qualifiedMethod(method);
        }
        return element.toString();
    }

    /** A qualified name, or {@code anonymous class in <method>} / {@code local class X in <method>}. */
    String type(TypeElement type) {
        NestingKind nesting = type.getNestingKind();
        if (nesting == NestingKind.ANONYMOUS || nesting == NestingKind.LOCAL) {
            String kind = nesting == NestingKind.ANONYMOUS ? "anonymous class" : "local class " + type.getSimpleName();
            Element owner = type.getEnclosingElement();
            return kind + " in " + (owner instanceof ExecutableElement m ? qualifiedMethod(m) : String.valueOf(owner));
        }
        return type.getQualifiedName().toString();
    }

    static TypeElement enclosingType(Element element) {
        Element e = element.getEnclosingElement();
        while (e != null && !(e instanceof TypeElement)) {
            e = e.getEnclosingElement();
        }
        return (TypeElement) e;
    }

    /** The top-level class around {@code element} (or itself). */
    static TypeElement topLevel(Element element) {
        TypeElement top = null;
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE && e.getKind() != ElementKind.MODULE;
                e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type) {
                top = type;
            }
        }
        return top;
    }

    /** The local or anonymous class {@code element} is inside, or {@code null}. */
    static TypeElement localClassAround(Element element) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type
                    && (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS)) {
                return type;
            }
        }
        return null;
    }
}
