package ovc.run.benchmarks.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import ovc.run.benchmarks.fixture.RealisticEnvironment;
import ovc.run.benchmarks.fixture.SmallPipeline;

/**
 * The whole-process harness: start-to-exit wall time and peak RSS of a small pipeline with no
 * agent, with the ovc-run agent (first run, empty woven-class cache; repeat run, warm cache), with
 * the same run recorded by hand, with OpenTelemetry's agent (exporters off), whole and with only
 * its annotation instrumentation (checked once before measuring to make the program's
 * {@code @WithSpan} span); with the agent's repeat run sending OpenLineage events to a local HTTP
 * backend the harness runs ({@link LocalLineageBackend}); and of {@code true} against
 * {@code ovc-run exec -- true}; with {@code --base-agent JAR --base-classpath JAR --base-commit SHA}, also the
 * agent's and {@code RunWriter}'s runs as that earlier commit built them ({@link RecordedRunVariants});
 * with {@code --java25 JAVA}, the plain, repeat and {@code RunWriter} runs on that Java 25+ JVM, without
 * and with an AOT cache ({@link AotCacheVariants}).
 * Every process gets 30 credential-like variables
 * ({@link RealisticEnvironment}), as a pipeline's machine has. {@code --only key,key...} measures
 * those variants alone (a quick look at one figure; the report shows the others as "no result").
 *
 * <p>Variants alternate run by run (round {@code r} starts at variant {@code r mod n}, so none
 * always follows the same neighbour); warm-up rounds are not kept. Each run is timed with
 * {@link System#nanoTime()} from starting the process to its exit, under GNU time, which reports
 * the peak RSS ({@code %M}, KiB) to a file; GNU time's own start is in every variant's time alike.
 * After each run, untimed, the harness checks that it did its job (exit code 0, the run folder
 * with its input and output) and removes what it left.
 *
 * <pre>
 * java -cp benchmarks.jar ovc.run.benchmarks.process.ProcessBenchmark --runs 15 --warmup 2 \
 *     --classpath benchmarks.jar --agent ovc-run-agent.jar --otel opentelemetry-javaagent.jar \
 *     --launcher ovc-run-cli/bin/ovc-run --cli-jar ovc-run-cli.jar --work /tmp/w --out process-results.json
 * </pre>
 */
public final class ProcessBenchmark {

    /** GNU time; its {@code -f %M} is the peak resident set size in KiB. */
    static final String TIME = "/usr/bin/time";

    /** The agent's repeat run with OpenLineage export to {@link LocalLineageBackend}. */
    static final String OVC_OPENLINEAGE = "ovc-repeat-openlineage";

    /** The variant of OpenTelemetry's agent with only the instrumentation of its annotations enabled. */
    static final String OTEL_ANNOTATIONS = "otel-annotations";

    private final Options options;
    private final Path work;
    private final String java;
    private final Map<String, String> environment;
    private LocalLineageBackend lineage;

    private ProcessBenchmark(Options options) throws IOException {
        this.options = options;
        this.work = Path.of(options.require("work")).toAbsolutePath();
        this.java = options.get("java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        this.environment = realisticEnvironment(cleanEnvironment(System.getenv(), work.resolve("xdg-cache")));
        Files.createDirectories(work);
    }

    /** Runs the harness; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        ProcessBenchmark harness = new ProcessBenchmark(Options.parse(args));
        try (LocalLineageBackend backend = new LocalLineageBackend()) {
            harness.lineage = backend;
            harness.run();
        }
    }

    /**
     * The environment every variant runs in: this one without settings that would change what is
     * measured (run settings, JVM options picked up from the environment, GitHub step files, an
     * OpenTelemetry configuration), with caches under the harness's work folder.
     */
    static Map<String, String> cleanEnvironment(Map<String, String> inherited, Path cacheHome) {
        Map<String, String> env = new LinkedHashMap<>();
        inherited.forEach((name, value) -> {
            boolean measuredDifferently = name.startsWith("OVC_RUN_") || name.startsWith("GITHUB_")
                    || name.startsWith("OTEL_") || name.equals("JAVA_TOOL_OPTIONS") || name.equals("_JAVA_OPTIONS")
                    || name.equals("JDK_JAVA_OPTIONS") || name.equals("JAVA_OPTS");
            if (!measuredDifferently) {
                env.put(name, value);
            }
        });
        env.put("XDG_CACHE_HOME", cacheHome.toString());
        return env;
    }

    /**
     * {@code clean} with the 30 credential-like variables of {@link RealisticEnvironment} set, as a
     * pipeline's machine has them: a run reads every variable to find what it must mask, so an
     * environment without secrets would measure less than a real run does.
     */
    static Map<String, String> realisticEnvironment(Map<String, String> clean) {
        Map<String, String> env = new LinkedHashMap<>(clean);
        env.putAll(RealisticEnvironment.credentials());
        return env;
    }

    private void run() throws Exception {
        requireGnuTime();
        int runs = Integer.parseInt(options.get("runs", "15"));
        int warmup = Integer.parseInt(options.get("warmup", "2"));
        List<Variant> variants = only(variants(), options.get("only", ""));
        for (Variant variant : variants) {
            if (variant.key().equals(OTEL_ANNOTATIONS)) {
                AnnotationSpanCheck.require(variant.command(), SmallPipeline.SPAN, variant.directory(), environment);
            }
        }
        Map<Variant, List<Sample>> samples = new LinkedHashMap<>();
        variants.forEach(variant -> samples.put(variant, new ArrayList<>()));

        for (int round = 0; round < warmup + runs; round++) {
            if (round == warmup && samples.keySet().stream().anyMatch(variant -> variant.key().equals("exec"))) {
                awaitLauncherArchive();
            }
            for (int i = 0; i < variants.size(); i++) {
                Variant variant = variants.get((round + i) % variants.size());
                Sample sample = measure(variant);
                if (round >= warmup) {
                    samples.get(variant).add(sample);
                }
            }
            System.out.printf("round %d/%d%s%n", round + 1, warmup + runs, round < warmup ? " (warm-up)" : "");
        }
        write(samples, runs, warmup, Path.of(options.require("out")));
    }

    /** The variants whose keys {@code keys} (comma-separated) names, in their order; all when it is empty. */
    static List<Variant> only(List<Variant> all, String keys) {
        if (keys.isBlank()) {
            return all;
        }
        List<String> wanted = List.of(keys.split(","));
        List<Variant> chosen = new ArrayList<>();
        for (Variant variant : all) {
            if (wanted.contains(variant.key())) {
                chosen.add(variant);
            }
        }
        if (chosen.size() != wanted.size()) {
            throw new IllegalArgumentException("--only " + keys + ": not all are variants of "
                    + all.stream().map(Variant::key).toList());
        }
        return chosen;
    }

    private List<Variant> variants() throws IOException {
        String classpath = Path.of(options.require("classpath")).toAbsolutePath().toString();
        String agent = Path.of(options.require("agent")).toAbsolutePath().toString();
        String otel = Path.of(options.require("otel")).toAbsolutePath().toString();
        String launcher = Path.of(options.require("launcher")).toAbsolutePath().toString();
        String cliJar = Path.of(options.require("cli-jar")).toAbsolutePath().toString();
        String pipeline = SmallPipeline.class.getName();
        Path warmCache = RecordedRunVariants.warmCache("", work);
        String[] recorded = RecordedRunVariants.RECORDED;

        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("plain", "no agent", work.resolve("plain")) {
            @Override
            List<String> command() {
                return List.of(java, "-cp", classpath, pipeline);
            }

            @Override
            void after() {
                if (!Folders.runJsons(directory().resolve("reports/runs")).isEmpty()) {
                    throw new IllegalStateException("plain: a run was recorded without an agent");
                }
            }
        });
        String emptyAgent = EmptyAgentJar.write(work.resolve("empty-agent.jar")).toString();
        variants.add(new Variant("empty-agent", "an empty -javaagent (premain does nothing)", work.resolve("empty-agent")) {
            @Override
            List<String> command() {
                return List.of(java, "-javaagent:" + emptyAgent, "-cp", classpath, pipeline);
            }
        });
        variants.addAll(RecordedRunVariants.of("", null, java, agent, classpath, work));
        variants.add(new Variant(OVC_OPENLINEAGE, "ovc-run agent, repeat run, OpenLineage to a local HTTP backend",
                work.resolve(OVC_OPENLINEAGE)) {
            @Override
            List<String> command() {
                return List.of(java, "-javaagent:" + agent + "=cache=" + warmCache, "-cp", classpath, pipeline);
            }

            @Override
            Map<String, String> environment() {
                return Map.of("OPENLINEAGE_URL", lineage.url());
            }

            @Override
            void after() throws IOException {
                Folders.requireOneRunThenDelete(directory().resolve("reports/runs"), key(), recorded);
                int events = lineage.takeEvents();
                if (events != 2) {
                    throw new IllegalStateException(key() + ": the backend received " + events
                            + " OpenLineage events, not START and COMPLETE");
                }
            }
        });
        String baseAgent = options.get("base-agent", "");
        if (!baseAgent.isEmpty()) {
            variants.addAll(RecordedRunVariants.of(RecordedRunVariants.BASE, options.require("base-commit"), java,
                    Path.of(baseAgent).toAbsolutePath().toString(),
                    Path.of(options.require("base-classpath")).toAbsolutePath().toString(), work));
        }
        String java25 = options.get("java25", "");
        if (!java25.isEmpty()) {
            variants.addAll(AotCacheVariants.of(java25, agent, classpath, work, environment));
        }
        variants.add(new Variant("otel", "OpenTelemetry Java agent 2.22.0, exporters off", work.resolve("otel")) {
            @Override
            List<String> command() {
                return List.of(java, "-javaagent:" + otel, "-Dotel.traces.exporter=none", "-Dotel.metrics.exporter=none",
                        "-Dotel.logs.exporter=none", "-cp", classpath, pipeline);
            }
        });
        variants.add(new Variant(OTEL_ANNOTATIONS, "OpenTelemetry Java agent 2.22.0, annotation instrumentation only (@WithSpan),"
                + " exporters off", work.resolve(OTEL_ANNOTATIONS)) {
            @Override
            List<String> command() {
                return List.of(java, "-javaagent:" + otel, "-Dotel.instrumentation.common.default-enabled=false",
                        "-Dotel.instrumentation.opentelemetry-instrumentation-annotations.enabled=true",
                        AnnotationSpanCheck.NO_TRACES, "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none",
                        "-cp", classpath, pipeline);
            }
        });
        variants.add(new Variant("true", "true", work.resolve("true")) {
            @Override
            List<String> command() {
                return List.of("true");
            }
        });
        variants.add(new Variant("exec", "ovc-run exec -- true (launcher: serial GC, AppCDS archive)", work.resolve("exec")) {
            @Override
            List<String> command() {
                return List.of(launcher, "exec", "--pipeline-id", "Bench-Exec", "--", "true");
            }

            @Override
            void after() throws IOException {
                Folders.requireOneRunThenDelete(directory().resolve("reports/runs"), key(), "\"status\": \"success\"");
            }
        });
        variants.add(new Variant("exec-jar", "java -jar ovc-run-cli.jar exec -- true (no launcher)", work.resolve("exec-jar")) {
            @Override
            List<String> command() {
                return List.of(java, "-jar", cliJar, "exec", "--pipeline-id", "Bench-Exec", "--", "true");
            }

            @Override
            void after() throws IOException {
                Folders.requireOneRunThenDelete(directory().resolve("reports/runs"), key(), "\"status\": \"success\"");
            }
        });
        return variants;
    }

    private Sample measure(Variant variant) throws IOException, InterruptedException {
        Files.createDirectories(variant.directory());
        Path rss = work.resolve("peak-rss.txt");
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        Files.deleteIfExists(rss);
        List<String> command = new ArrayList<>(List.of(TIME, "-f", "%M", "-o", rss.toString()));
        command.addAll(variant.command());
        ProcessBuilder builder = new ProcessBuilder(command).directory(variant.directory().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().putAll(variant.environment());
        variant.before();

        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        long end = System.nanoTime();

        if (exit != 0) {
            throw new IllegalStateException(variant.key() + " exited with " + exit + ": " + String.join(" ", command)
                    + "\n" + Files.readString(err));
        }
        variant.after();
        return new Sample((end - start) / 1e6, peakRssKib(rss));
    }

    /** The last line GNU time wrote: the peak RSS in KiB. */
    static long peakRssKib(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).trim();
            if (!line.isEmpty()) {
                return Long.parseLong(line);
            }
        }
        throw new IllegalStateException("no peak RSS in " + file);
    }

    private void requireGnuTime() throws IOException, InterruptedException {
        Path probe = work.resolve("time-probe.txt");
        boolean works;
        try {
            Process process = new ProcessBuilder(TIME, "-f", "%M", "-o", probe.toString(), "true").start();
            works = process.waitFor() == 0 && peakRssKib(probe) > 0;
        } catch (IOException | RuntimeException e) {
            works = false;
        }
        if (!works) {
            throw new IllegalStateException(TIME + " (GNU time) is needed for peak RSS: apt-get install time");
        }
    }

    /**
     * The launcher builds its AppCDS archive in the background after its first run; measured runs
     * of {@code exec} must all start from it, as a user's do from the second run on.
     */
    private void awaitLauncherArchive() throws IOException, InterruptedException {
        Path cache = work.resolve("xdg-cache/ovc-run");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(cache)) {
                try (Stream<Path> files = Files.list(cache)) {
                    if (files.anyMatch(file -> file.getFileName().toString().endsWith(".jsa"))) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the launcher wrote no AppCDS archive under " + cache + " within 120 s");
    }

    private static void write(Map<Variant, List<Sample>> samples, int runs, int warmup, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("runs", runs);
        root.put("warmup_rounds", warmup);
        root.put("timer", "System.nanoTime around process start to exit, under " + TIME + " -f %M");
        ArrayNode list = root.putArray("variants");
        samples.forEach((variant, taken) -> {
            ObjectNode node = list.addObject();
            node.put("key", variant.key());
            node.put("label", variant.label());
            node.put("command", String.join(" ", variant.command()));
            ArrayNode wall = node.putArray("wall_ms");
            ArrayNode rss = node.putArray("peak_rss_kib");
            taken.forEach(sample -> {
                wall.add(sample.wallMs());
                rss.add(sample.peakRssKib());
            });
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        mapper.writeValue(file.toFile(), root);
    }

    /** One run: wall time from start to exit, and peak resident set size. */
    record Sample(double wallMs, long peakRssKib) {}
}
