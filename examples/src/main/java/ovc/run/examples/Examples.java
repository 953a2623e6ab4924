package ovc.run.examples;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import ovc.run.examples.ovc.B1DerivedC1;
import ovc.run.examples.ovc.B2DerivedValidation;
import ovc.run.examples.ovc.DValidationHarness;
import ovc.run.examples.ovc.P2Backfill;
import ovc.run.examples.quickstart.RunWriterQuickstart;

/**
 * The examples jar's entry point: runs the named pipelines one after the other, each its own run
 * under the agent. {@code java -javaagent:ovc-run-agent.jar -jar ovc-run-examples.jar P2-Backfill B1-DerivedC1}.
 * A pipeline's options follow its name up to the next pipeline name.
 */
public final class Examples {

    /** A pipeline's main method. */
    @FunctionalInterface
    interface Main {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Main> PIPELINES = new LinkedHashMap<>();

    static {
        PIPELINES.put("P2-Backfill", P2Backfill::main);
        PIPELINES.put("B1-DerivedC1", B1DerivedC1::main);
        PIPELINES.put("B2-DerivedValidation", B2DerivedValidation::main);
        PIPELINES.put("D-ValidationHarness", DValidationHarness::main);
        PIPELINES.put("Quickstart-Blocks", RunWriterQuickstart::main);
    }

    private Examples() {}

    /** Runs each named pipeline; exits 2 on an unknown name, 1 when a pipeline fails. */
    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !PIPELINES.containsKey(args[0])) {
            System.err.println("usage: PIPELINE [OPTIONS] [PIPELINE [OPTIONS]]...; pipelines: "
                    + String.join(", ", PIPELINES.keySet()));
            System.exit(2);
        }
        int start = 0;
        while (start < args.length) {
            int end = start + 1;
            while (end < args.length && !PIPELINES.containsKey(args[end])) {
                end++;
            }
            PIPELINES.get(args[start]).run(Arrays.copyOfRange(args, start + 1, end));
            start = end;
        }
    }
}
