package ovc.run.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints the processor's messages, each anchored as precisely as the compiler allows: element,
 * annotation and value, so that an IDE underlines the wrong {@code id = "..."} and not the class.
 * Warnings become errors under {@code -Aovc.run.warningsAsErrors=true} and are silenced by
 * {@code @SuppressWarnings("ovc-run:<tag>")} (or {@code "ovc-run"}) on the element or around it.
 */
final class Diagnostics {

    private final Messager messager;
    private final boolean warningsAsErrors;
    private boolean errorRaised;

    Diagnostics(Messager messager, boolean warningsAsErrors) {
        this.messager = messager;
        this.warningsAsErrors = warningsAsErrors;
    }

    void error(String message, Element element, AnnotationMirror mirror, AnnotationValue value) {
        print(Diagnostic.Kind.ERROR, message, element, mirror, value);
    }

    void warning(Tag tag, String message, Element element, AnnotationMirror mirror, AnnotationValue value) {
        if (!isSuppressed(tag, element)) {
            print(warningKind(), message, element, mirror, value);
        }
    }

    /** A warning about the processor's own set-up, with nothing in the source to point at. */
    void warning(String message) {
        print(warningKind(), message, null, null, null);
    }

    /** What a warning is printed as: {@code WARNING}, or {@code ERROR} when warnings are errors. */
    Diagnostic.Kind warningKind() {
        return warningsAsErrors ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    }

    /** Records an error printed by another route (the compiler tree API). */
    void errorPrinted() {
        errorRaised = true;
    }

    boolean errorRaised() {
        return errorRaised;
    }

    /**
     * The one error a failure of the processor itself becomes: on the element being checked when
     * there is one, naming the exception and where it was thrown so that a bug report is useful.
     */
    void internalError(Throwable failure, Element element) {
        error(String.format(Messages.INTERNAL, describe(failure)), element, null, null);
    }

    static String describe(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String[] lines = trace.toString().split("\\R");
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < Math.min(lines.length, 4); i++) {
            out.append(' ').append(lines[i].strip());
        }
        return out.toString();
    }

    /** Whether {@code @SuppressWarnings} on the element or an enclosing one names this tag. */
    static boolean isSuppressed(Tag tag, Element element) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            AnnotationMirror suppress = Mirrors.find(e, "java.lang.SuppressWarnings");
            if (suppress == null) {
                continue;
            }
            for (AnnotationValue name : suppress.getElementValues().values()) {
                for (AnnotationValue item : Mirrors.array(name)) {
                    String key = Mirrors.string(item);
                    if (tag.key.equals(key) || "ovc-run".equals(key)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void print(Diagnostic.Kind kind, String message, Element element, AnnotationMirror mirror,
            AnnotationValue value) {
        if (kind == Diagnostic.Kind.ERROR) {
            errorRaised = true;
        }
        if (element == null) {
            messager.printMessage(kind, message);
        } else if (mirror == null) {
            messager.printMessage(kind, message, element);
        } else if (value == null) {
            messager.printMessage(kind, message, element, mirror);
        } else {
            messager.printMessage(kind, message, element, mirror, value);
        }
    }
}
