package ovc.run.agent;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import ovc.run.Pipeline;
import ovc.run.RunInput;
import ovc.run.RunOutput;
import ovc.run.runtime.PipelineSpec;

/**
 * What one woven method declares, read by reflection once and kept: the pipeline it starts (if
 * any), its method-level and parameter-level {@code @RunInput}/{@code @RunOutput}.
 *
 * @param name {@code Type.method} for messages
 * @param spec the validated declaration, or null when absent or invalid
 * @param invalid why the declaration is invalid, or null
 */
record Site(String name, PipelineSpec spec, String invalid, RunInput input, RunOutput output,
        RunInput[] parameterInputs, RunOutput[] parameterOutputs) {

    static final Site NONE = new Site("?", null, null, null, null, new RunInput[0], new RunOutput[0]);

    static Site of(Method method) {
        String name = method.getDeclaringClass().getName() + "." + method.getName();
        Pipeline pipeline = method.getAnnotation(Pipeline.class);
        PipelineSpec spec = null;
        String invalid = null;
        if (pipeline != null) {
            try {
                spec = new PipelineSpec(pipeline.id(), pipeline.version(), List.of(pipeline.requiredEnv()));
            } catch (IllegalArgumentException e) {
                invalid = "@Pipeline on " + name + " is invalid: " + e.getMessage();
            }
        }
        if (pipeline == null) {
            invalid = foreignPipeline(method, name);
        }
        Annotation[][] parameters = method.getParameterAnnotations();
        RunInput[] inputs = new RunInput[parameters.length];
        RunOutput[] outputs = new RunOutput[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation annotation : parameters[i]) {
                if (annotation instanceof RunInput input) {
                    inputs[i] = input;
                } else if (annotation instanceof RunOutput output) {
                    outputs[i] = output;
                }
            }
        }
        return new Site(name, spec, invalid, method.getAnnotation(RunInput.class),
                method.getAnnotation(RunOutput.class), inputs, outputs);
    }

    /**
     * Why a method woven for {@code @Pipeline} shows none to the agent: its class sees another copy
     * of the api (a class loader of its own), whose annotation is a different type.
     */
    private static String foreignPipeline(Method method, String name) {
        for (Annotation annotation : method.getDeclaredAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.getName().equals(Pipeline.class.getName())) {
                return "@Pipeline on " + name + " comes from another copy of ovc-run-api (loaded by "
                        + type.getClassLoader() + ", the agent's by " + Pipeline.class.getClassLoader()
                        + "); keep one copy, on the application class path or in the agent jar";
            }
        }
        return null;
    }
}
