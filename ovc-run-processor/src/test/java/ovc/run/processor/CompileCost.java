package ovc.run.processor;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What the processor adds to a compile: javac on a generated set of pipeline classes, with the
 * processor on the processor path and with {@code -proc:none}, alternating, best and median of N.
 * Not a test; run it by hand (see the module README):
 *
 * <pre>{@code java -cp <test-classes>:<classes>:<api classes> ovc.run.processor.CompileCost [classes] [runs]}</pre>
 */
public final class CompileCost {

    private CompileCost() {}

    public static void main(String[] args) throws Exception {
        int classes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = Files.createTempDirectory("ovc-run-compile-cost");
        List<String> sources = generate(work.resolve("src"), classes);
        String api = location(ovc.run.Pipeline.class);
        String processorPath = location(OvcRunProcessor.class) + File.pathSeparator + api;

        List<String> common = List.of("-d", work.resolve("out").toString(), "--release", "17", "-classpath", api,
                "-encoding", "UTF-8", "-implicit:none");
        List<String> without = concat(common, List.of("-proc:none"), sources);
        List<String> with = concat(common, List.of("-processorpath", processorPath), sources);

        System.out.printf(Locale.ROOT, "%d generated pipeline classes, %d measured runs each, JDK %s%n",
                classes, runs, Runtime.version());
        report("in-process javac (warm JVM, as a Maven build compiling one module after another)",
                measure(runs, () -> inProcess(without), () -> inProcess(with)));
        report("javac process per compile (cold JVM)",
                measure(Math.max(3, runs / 2), () -> forked(without), () -> forked(with)));
    }

    private interface Compile {
        void run() throws Exception;
    }

    /** Alternates the two so that drift (heat, other load) hits both alike; warms up first. */
    private static long[][] measure(int runs, Compile without, Compile with) throws Exception {
        for (int i = 0; i < 3; i++) {
            without.run();
            with.run();
        }
        long[][] nanos = new long[2][runs];
        for (int i = 0; i < runs; i++) {
            nanos[0][i] = time(without);
            nanos[1][i] = time(with);
        }
        return nanos;
    }

    private static long time(Compile compile) throws Exception {
        long start = System.nanoTime();
        compile.run();
        return System.nanoTime() - start;
    }

    private static void report(String label, long[][] nanos) {
        Arrays.sort(nanos[0]);
        Arrays.sort(nanos[1]);
        double bestWithout = nanos[0][0] / 1e6;
        double bestWith = nanos[1][0] / 1e6;
        double medianWithout = nanos[0][nanos[0].length / 2] / 1e6;
        double medianWith = nanos[1][nanos[1].length / 2] / 1e6;
        System.out.printf(Locale.ROOT, "%s%n  without processor: best %.0f ms, median %.0f ms%n"
                        + "  with processor:    best %.0f ms, median %.0f ms%n  added: best %+.1f%%, median %+.1f%%%n",
                label, bestWithout, medianWithout, bestWith, medianWith,
                100 * (bestWith / bestWithout - 1), 100 * (medianWith / medianWithout - 1));
    }

    private static void inProcess(List<String> args) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, OutputStream.nullOutputStream(), System.err, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javac failed: " + status);
        }
    }

    private static void forked(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        command.addAll(args);
        Process javac = new ProcessBuilder(command).inheritIO().start();
        if (javac.waitFor() != 0) {
            throw new IllegalStateException("javac failed");
        }
    }

    /** Pipeline classes shaped like real ones: annotations, Run calls, and ordinary code around them. */
    public static List<String> generate(Path root, int count) throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = root.resolve("gen/p" + (i % 10) + "/Pipeline" + i + ".java");
            Files.createDirectories(file.getParent());
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
                out.printf(Locale.ROOT, """
                        package gen.p%1$d;

                        import java.nio.file.Path;
                        import java.util.ArrayList;
                        import java.util.List;
                        import java.util.Map;
                        import java.util.stream.Collectors;
                        import ovc.run.CheckStatus;
                        import ovc.run.Pipeline;
                        import ovc.run.Run;
                        import ovc.run.RunInput;
                        import ovc.run.RunOutput;

                        public class Pipeline%2$d {
                            record Block(String instrument, long start, double open, double close) {
                                double range() { return Math.abs(close - open); }
                            }

                            @Pipeline(id = "Gen-%2$d", version = "0.1.%2$d", requiredEnv = {"OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL"})
                            public static void main(String[] args) {
                                Pipeline%2$d pipeline = new Pipeline%2$d();
                                List<Block> blocks = pipeline.fetch(args.length > 0 ? args[0] : "EUR_USD", Path.of("fixture.csv"));
                                long written = pipeline.write(blocks);
                                Run.check("rows_inserted", "Rows were inserted", written > 0 ? CheckStatus.PASS : CheckStatus.SKIP,
                                        "run.json:$.outputs[0].rows_written");
                                int line = Run.log("wrote " + written + " blocks");
                                Run.check("log_written", "Log line written", CheckStatus.PASS, "run.log:line:" + line);
                            }

                            List<Block> fetch(@RunInput(type = "oanda") String instrument, @RunInput(type = "csv") Path fixture) {
                                List<Block> blocks = new ArrayList<>();
                                for (int i = 0; i < 12; i++) {
                                    blocks.add(new Block(instrument, i * 7_200L, 1.0 + i / 100.0, 1.0 + (i + 1) / 100.0));
                                }
                                Map<Boolean, List<Block>> bySign = blocks.stream()
                                        .collect(Collectors.partitioningBy(b -> b.close() >= b.open()));
                                Run.input("neon_table", "ovc.blocks_" + bySign.size());
                                return blocks;
                            }

                            @RunOutput(type = "neon_table", ref = "ovc.ovc_blocks_v01_2h")
                            long write(List<Block> blocks) {
                                double total = 0;
                                for (Block block : blocks) {
                                    total += block.range();
                                }
                                return total >= 0 ? blocks.size() : 0;
                            }
                        }
                        """, i % 10, i);
            }
            files.add(file.toString());
        }
        return files;
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
