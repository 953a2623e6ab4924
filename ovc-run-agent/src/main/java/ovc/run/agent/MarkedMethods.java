package ovc.run.agent;

import net.bytebuddy.description.annotation.AnnotationList;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Which methods get which advice, decided from the annotations in the class file (by type name,
 * so no annotation class is loaded). One small matcher instead of Byte Buddy's composed
 * {@code ElementMatchers}, whose few dozen classes would load on every first run.
 */
enum MarkedMethods implements ElementMatcher<MethodDescription> {

    /** {@code @Pipeline} methods: a run starts and finishes around them. */
    PIPELINE,
    /** Other methods with a {@code @RunInput} parameter: arguments recorded on entry. */
    INPUT_ARGUMENTS,
    /** Other methods marked {@code @RunInput}/{@code @RunOutput} or with a {@code @RunOutput} parameter. */
    RESULTS,
    /** Any of the above: does the class need weaving at all. */
    ANY,
    /** {@code java.lang.Runtime.exit(int)}. */
    RUNTIME_EXIT;

    @Override
    public boolean matches(MethodDescription method) {
        if (this == RUNTIME_EXIT) {
            return method.getInternalName().equals("exit") && method.getDescriptor().equals("(I)V");
        }
        if (!method.isMethod()) {
            return false;
        }
        AnnotationList annotations = method.getDeclaredAnnotations();
        boolean pipeline = WovenDeclarationMapping.find(annotations, WovenDeclarationMapping.PIPELINE) != null;
        boolean inputArguments = anyParameterMarked(method, WovenDeclarationMapping.RUN_INPUT);
        boolean results = WovenDeclarationMapping.find(annotations, WovenDeclarationMapping.RUN_INPUT) != null
                || WovenDeclarationMapping.find(annotations, WovenDeclarationMapping.RUN_OUTPUT) != null
                || anyParameterMarked(method, WovenDeclarationMapping.RUN_OUTPUT);
        if (this == PIPELINE) {
            return pipeline;
        }
        if (this == INPUT_ARGUMENTS) {
            return !pipeline && inputArguments;
        }
        if (this == RESULTS) {
            return !pipeline && results;
        }
        return pipeline || inputArguments || results;
    }

    private static boolean anyParameterMarked(MethodDescription method, String annotation) {
        for (ParameterDescription parameter : method.getParameters()) {
            if (WovenDeclarationMapping.find(parameter.getDeclaredAnnotations(), annotation) != null) {
                return true;
            }
        }
        return false;
    }
}
