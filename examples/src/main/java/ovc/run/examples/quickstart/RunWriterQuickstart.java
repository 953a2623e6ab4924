package ovc.run.examples.quickstart;

import java.nio.file.Path;
import ovc.run.RunWriter;

/**
 * The quick-start pipeline recorded without the agent: the start/finish that the agent weaves in
 * is written out here with {@link RunWriter}, for programs that cannot add a JVM flag.
 */
public final class RunWriterQuickstart {

    private RunWriterQuickstart() {}

    /** Runs the pipeline once; the run folder lands under {@code reports/runs/}. */
    public static void main(String[] args) {
        try (RunWriter run = RunWriter.start("Quickstart-Blocks", "0.1.0")) {
            try {
                TwoHourBlocks.run(Path.of(args.length > 0 ? args[0] : "out"));
            } catch (RuntimeException e) {
                run.fail(e);
                throw e;
            }
            System.out.println("Run folder: " + run.directory());
        }
    }
}
