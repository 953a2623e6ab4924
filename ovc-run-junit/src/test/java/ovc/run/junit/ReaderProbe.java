package ovc.run.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import ovc.run.RunWriter;

/**
 * Run by {@link ModularApiTest} in a JVM of its own: records one run with {@code RunWriter} into
 * the folder it is given, then says whether the extension may read it and, when it may, reads it.
 */
public final class ReaderProbe {

    private ReaderProbe() {}

    /** {@code args[0]}: the reports folder. */
    public static void main(String[] args) throws Exception {
        System.setProperty("ovc.run.reports", args[0]);
        try (RunWriter run = RunWriter.start("Probe", "0.1.0")) {
            run.input("csv", "orders.csv");
        }
        String problem = JsonReaderAccess.problem();
        if (problem != null) {
            System.out.println("unreadable: " + problem);
            return;
        }
        try (Stream<Path> runs = Files.list(Path.of(args[0]))) {
            System.out.println("read: " + RecordedRun.read(runs.findFirst().orElseThrow()).status());
        }
    }
}
