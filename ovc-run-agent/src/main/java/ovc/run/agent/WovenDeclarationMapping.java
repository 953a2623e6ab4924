package ovc.run.agent;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationList;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.constant.TextConstant;

/**
 * Binds {@link WovenDeclaration} advice parameters to the {@link DeclarationConstant} of the method being woven,
 * read from the annotations Byte Buddy parsed out of its class file (annotations are matched by
 * name, as the weaver's matchers are; unset values come from the annotation's defaults).
 */
final class WovenDeclarationMapping implements Advice.OffsetMapping {

    static final String PIPELINE = "ovc.run.Pipeline";
    static final String RUN_INPUT = "ovc.run.RunInput";
    static final String RUN_OUTPUT = "ovc.run.RunOutput";

    @Override
    public Target resolve(TypeDescription instrumentedType, MethodDescription instrumentedMethod, Assigner assigner,
            Advice.ArgumentHandler argumentHandler, Sort sort) {
        // The same ldc as Target.ForStackManipulation.of(String), without going through
        // ConstantValue.Simple.wrap: that initialises JavaConstant.Simple, whose nine reflective
        // dispatchers (java.lang.constant) are nine proxy classes, ~25 ms of every first run.
        return new Target.ForStackManipulation(new TextConstant(declare(instrumentedMethod)));
    }

    /** The declaration text of {@code method}. */
    static String declare(MethodDescription method) {
        DeclarationConstant declaration = DeclarationConstant.of(method.getInternalName() + method.getDescriptor());
        AnnotationList annotations = method.getDeclaredAnnotations();
        AnnotationDescription pipeline = find(annotations, PIPELINE);
        if (pipeline == null) {
            declaration.noPipeline();
        } else {
            declaration.pipeline(text(pipeline, "id"), text(pipeline, "version"),
                    pipeline.getValue("requiredEnv").resolve(String[].class));
        }
        declaration.input(input(annotations)).output(output(annotations));
        declaration.parameters(method.getParameters().size());
        for (ParameterDescription parameter : method.getParameters()) {
            AnnotationList parameterAnnotations = parameter.getDeclaredAnnotations();
            declaration.input(input(parameterAnnotations)).output(output(parameterAnnotations));
        }
        return declaration.text();
    }

    private static InputDeclaration input(AnnotationList annotations) {
        AnnotationDescription input = find(annotations, RUN_INPUT);
        return input == null ? null
                : new InputDeclaration(text(input, "type"), text(input, "ref"), text(input, "range"));
    }

    private static OutputDeclaration output(AnnotationList annotations) {
        AnnotationDescription output = find(annotations, RUN_OUTPUT);
        return output == null ? null : new OutputDeclaration(text(output, "type"), text(output, "ref"));
    }

    /** The annotation of that type name, or null. */
    static AnnotationDescription find(AnnotationList annotations, String typeName) {
        for (AnnotationDescription annotation : annotations) {
            if (annotation.getAnnotationType().getName().equals(typeName)) {
                return annotation;
            }
        }
        return null;
    }

    private static String text(AnnotationDescription annotation, String property) {
        return annotation.getValue(property).resolve(String.class);
    }
}
