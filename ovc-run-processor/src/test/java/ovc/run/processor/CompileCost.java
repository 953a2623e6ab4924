package ovc.run.processor;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What the processor adds to a compile: javac on a generated set of pipeline classes with
 * {@code -proc:none}, with a processor that does nothing (javac's own price for running any
 * processor), and with this processor on the processor path; interleaved after warm-up, so that
 * drift and other load hit all three alike. Not a test; run it by hand (see the module README):
 *
 * <pre>{@code java -cp <test-classes> ovc.run.processor.CompileCost <processor classes> <api classes> [classes] [runs] [forked]}</pre>
 *
 * <p>The processor must not be on this class path: javac's processor class loader asks its parent
 * first, and a processor loaded once here would run warm, unlike in a build.
 */
public final class CompileCost {

    private CompileCost() {}

    /** Supports every annotation and does nothing: what having a processor at all costs. */
    public static final class NoOp extends AbstractProcessor {
        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("ovc.run.Pipeline", "ovc.run.RunInput", "ovc.run.RunOutput");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        String processor = Path.of(args[0]).toAbsolutePath().toString();
        String api = Path.of(args[1]).toAbsolutePath().toString();
        int classes = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        boolean forked = args.length > 4 && args[4].equals("forked");
        Path work = Files.createTempDirectory("ovc-run-compile-cost");
        List<String> sources = generate(work.resolve("src"), classes);

        List<String> common = List.of("-d", work.resolve("out").toString(), "--release", "17", "-classpath", api,
                "-encoding", "UTF-8", "-implicit:none");
        Map<String, List<String>> configurations = new LinkedHashMap<>();
        configurations.put("-proc:none", concat(common, List.of("-proc:none"), sources));
        configurations.put("no-op processor", concat(common, List.of("-processorpath",
                location(CompileCost.class), "-processor", NoOp.class.getName()), sources));
        configurations.put("ovc-run-processor", concat(common, List.of("-processorpath",
                processor + File.pathSeparator + api), sources));

        System.out.printf(Locale.ROOT, "%d generated pipeline classes, %d runs each, %s javac, JDK %s%n",
                classes, runs, forked ? "a process per" : "in-process", Runtime.version());
        Map<String, long[]> wall = new LinkedHashMap<>();
        Map<String, long[]> cpu = new LinkedHashMap<>();
        configurations.keySet().forEach(name -> wall.put(name, new long[runs]));
        configurations.keySet().forEach(name -> cpu.put(name, new long[runs]));
        for (int i = -3; i < runs; i++) {
            for (Map.Entry<String, List<String>> configuration : configurations.entrySet()) {
                long startCpu = PROCESS.getProcessCpuTime();
                long start = System.nanoTime();
                if (forked) {
                    forked(configuration.getValue());
                } else {
                    inProcess(configuration.getValue());
                }
                if (i >= 0) {
                    wall.get(configuration.getKey())[i] = System.nanoTime() - start;
                    cpu.get(configuration.getKey())[i] = PROCESS.getProcessCpuTime() - startCpu;
                }
            }
        }
        report("wall time", wall);
        if (!forked) {
            // CPU time of this JVM (javac, its JIT and GC): hardly moved by other load on the machine.
            report("CPU time", cpu);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private static void report(String what, Map<String, long[]> nanos) {
        System.out.println(what + ":");
        double base = quartileMean(nanos.get("-proc:none"));
        for (Map.Entry<String, long[]> entry : nanos.entrySet()) {
            long[] sorted = entry.getValue().clone();
            Arrays.sort(sorted);
            double q = quartileMean(entry.getValue());
            System.out.printf(Locale.ROOT, "  %-18s best %5.0f ms   fastest-quarter mean %5.0f ms (%+5.1f%%)   median %5.0f ms%n",
                    entry.getKey(), sorted[0] / 1e6, q / 1e6, 100 * (q / base - 1), sorted[sorted.length / 2] / 1e6);
        }
    }

    /** The mean of the fastest quarter: what the compile costs when the machine is not busy elsewhere. */
    private static double quartileMean(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = Math.max(1, sorted.length / 4);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += sorted[i];
        }
        return sum / n;
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
