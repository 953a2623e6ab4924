package ovc.run.benchmarks.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ovc.run.benchmarks.fixture.SmallPipeline;
import ovc.run.benchmarks.fixture.SmallPipelineByHand;

/**
 * The small pipeline on Java 25, without and with an AOT cache (JEP 483 and 514: a JVM that maps
 * the classes, linked, and the module graph a training run used instead of loading them again):
 * a plain run, the agent's repeat run and the {@code RunWriter} run, each with an AOT cache of its
 * own, trained by one untimed run of the same command before the first measured one. Run from an
 * AOT cache, ovc-run's cost is set against a plain program run from its own: what a user who
 * enables the cache for a pipeline gets over enabling it for a program without ovc-run.
 */
final class AotCacheVariants {

    /** Key prefix of every variant here. */
    static final String PREFIX = "java25-";

    /** Key part of the variants that start from an AOT cache. */
    static final String AOT = "aot-";

    private final String java;
    private final Path work;
    private final Map<String, String> environment;

    private AotCacheVariants(String java, Path work, Map<String, String> environment) {
        this.java = java;
        this.work = work;
        this.environment = environment;
    }

    /**
     * Six variants, keyed {@code java25-plain}, {@code java25-ovc-repeat}, {@code java25-by-hand} and
     * the same with {@code aot-} after the prefix, run with {@code java25} (a Java 25+ {@code java})
     * in {@code environment}, the harness's.
     */
    static List<Variant> of(String java25, String agent, String classpath, Path work, Map<String, String> environment) {
        Path wovenCache = work.resolve(PREFIX + "cache-warm");
        List<String> plain = List.of("-cp", classpath, SmallPipeline.class.getName());
        List<String> repeat = List.of("-javaagent:" + agent + "=cache=" + wovenCache, "-cp", classpath,
                SmallPipeline.class.getName());
        List<String> byHand = List.of("-cp", classpath, SmallPipelineByHand.class.getName());

        AotCacheVariants made = new AotCacheVariants(java25, work, environment);
        List<Variant> variants = new ArrayList<>();
        for (boolean aot : new boolean[] {false, true}) {
            String kind = aot ? AOT : "";
            String from = aot ? ", from an AOT cache trained by one run" : "";
            variants.add(made.variant(PREFIX + kind + "plain", "Java 25, no agent" + from, plain, aot, false));
            variants.add(made.variant(PREFIX + kind + "ovc-repeat", "Java 25, ovc-run agent, repeat run" + from,
                    repeat, aot, true));
            variants.add(made.variant(PREFIX + kind + "by-hand",
                    "Java 25, no agent, the run recorded by RunWriter" + from, byHand, aot, true));
        }
        return variants;
    }

    /**
     * {@code java} with {@code arguments}, from an AOT cache of its own when {@code aot}; it
     * {@code records} one run, or must record none.
     */
    private Variant variant(String key, String label, List<String> arguments, boolean aot, boolean records) {
        Path aotCache = work.resolve(key + ".aot");
        return new Variant(key, label, work.resolve(key)) {
            @Override
            List<String> command() {
                List<String> command = new ArrayList<>(List.of(java));
                if (aot) {
                    // AOTMode=on: a cache the JVM cannot use fails the run instead of being ignored.
                    command.add("-XX:AOTMode=on");
                    command.add("-XX:AOTCache=" + aotCache);
                }
                command.addAll(arguments);
                return command;
            }

            @Override
            void before() throws IOException {
                if (aot && !Files.exists(aotCache)) {
                    train();
                }
            }

            /** One run without the cache (for the agent, it warms the woven-class cache), then the training run. */
            private void train() throws IOException {
                List<String> untrained = new ArrayList<>(List.of(java));
                untrained.addAll(arguments);
                runUntimed(untrained);
                List<String> training = new ArrayList<>(List.of(java, "-XX:AOTCacheOutput=" + aotCache));
                training.addAll(arguments);
                runUntimed(training);
                if (!Files.isRegularFile(aotCache)) {
                    throw new IllegalStateException(key() + ": the training run wrote no AOT cache " + aotCache);
                }
                Folders.delete(directory().resolve("reports"));
            }

            private void runUntimed(List<String> command) throws IOException {
                try {
                    UntimedRun run = UntimedRun.of(command, directory(), environment);
                    if (run.exitCode() != 0) {
                        throw new IllegalStateException(key() + ": " + String.join(" ", command) + " exited with "
                                + run.exitCode() + "\n" + run.output());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }

            @Override
            void after() throws IOException {
                Path reports = directory().resolve("reports/runs");
                if (records) {
                    Folders.requireOneRunThenDelete(reports, key(), RecordedRunVariants.RECORDED);
                } else if (!Folders.runJsons(reports).isEmpty()) {
                    throw new IllegalStateException(key() + ": a run was recorded without an agent");
                }
            }
        };
    }
}
