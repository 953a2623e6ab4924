package ovc.run.agent;

import java.util.List;
import ovc.run.Pipeline;
import ovc.run.runtime.PipelineSpec;

/**
 * What one woven method declares, decoded once from its {@link DeclarationConstant}: the pipeline
 * it starts (if any), its method-level and parameter-level {@code @RunInput}/{@code @RunOutput}.
 *
 * @param name {@code Type.method} for messages
 * @param spec the validated declaration, or null when absent or invalid
 * @param invalid why the declaration is invalid, or null
 */
record WovenMethod(String name, PipelineSpec spec, String invalid, InputDeclaration input, OutputDeclaration output,
        InputDeclaration[] parameterInputs, OutputDeclaration[] parameterOutputs) {

    /** Decodes the declaration woven into a method of {@code type}. */
    static WovenMethod of(Class<?> type, String declaration) {
        DeclarationConstant.Reader reader = new DeclarationConstant.Reader(declaration);
        String name = type.getName() + "." + DeclarationConstant.nameOf(reader.nameAndDescriptor());
        String[] pipeline = reader.pipeline();
        InputDeclaration input = reader.input();
        OutputDeclaration output = reader.output();
        InputDeclaration[] inputs = new InputDeclaration[reader.parameters()];
        OutputDeclaration[] outputs = new OutputDeclaration[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = reader.input();
            outputs[i] = reader.output();
        }
        reader.end();
        PipelineSpec spec = null;
        String invalid = null;
        if (pipeline != null) {
            invalid = foreignPipeline(type, name);
            if (invalid == null) {
                try {
                    spec = new PipelineSpec(pipeline[0], pipeline[1], List.of(pipeline).subList(2, pipeline.length));
                } catch (IllegalArgumentException e) {
                    invalid = "@Pipeline on " + name + " is invalid: " + e.getMessage();
                }
            }
        }
        return new WovenMethod(name, spec, invalid, input, output, inputs, outputs);
    }

    /**
     * Why a {@code @Pipeline} method cannot be recorded although it was woven: its class sees
     * another copy of the api (a class loader of its own), so its {@code Run.check} calls would
     * land in a runtime that knows nothing of the run this agent starts; or its loader carries
     * another version of the api than the one its code gets ({@link ApiCopies#otherVersionSeenBy}),
     * so that half a run could be recorded before a missing method stops it.
     */
    private static String foreignPipeline(Class<?> type, String name) {
        ClassLoader loader = type.getClassLoader();
        if (loader == null || loader == Pipeline.class.getClassLoader()) {
            return null;
        }
        Class<?> seen;
        try {
            seen = Class.forName(Pipeline.class.getName(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (seen != Pipeline.class) {
            return "@Pipeline on " + name + " comes from another copy of ovc-run-api (loaded by "
                    + seen.getClassLoader() + ", the agent's by " + Pipeline.class.getClassLoader()
                    + "); keep one copy, on the application class path or in the agent jar";
        }
        String otherVersion = ApiCopies.otherVersionSeenBy(loader);
        return otherVersion == null ? null : "@Pipeline on " + name + ": " + otherVersion;
    }
}
