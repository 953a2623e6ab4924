package ovc.run.benchmarks.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import ovc.run.benchmarks.fixture.SmallPipeline;
import ovc.run.benchmarks.fixture.SmallPipelineByHand;

/**
 * The three recorded runs of the small pipeline: the agent's first run (empty woven-class cache),
 * its repeat run (warm cache) and the same run recorded by {@code RunWriter} without an agent. Made
 * for this commit's jars and, with a key prefix, for an earlier commit's (its agent jar and its
 * benchmarks jar, with that commit's api and fixtures), so that both are measured in the same rounds
 * and "start-up unchanged" compares runs under one load, not figures taken on another day.
 */
final class RecordedRunVariants {

    /** Key prefix of the base commit's variants: {@code base-} + this commit's key. */
    static final String BASE = "base-";

    /** What every recorded run's run.json must hold: it succeeded, with its input and its output. */
    static final String[] RECORDED = {"\"status\": \"success\"", "\"EUR_USD\"", "\"ovc.ovc_blocks_v01_2h\""};

    private RecordedRunVariants() {}

    /** The woven-class cache the repeat run of {@code keyPrefix}'s variants keeps warm. */
    static Path warmCache(String keyPrefix, Path work) {
        return work.resolve(keyPrefix + "cache-warm");
    }

    /**
     * The first run, the repeat run and the {@code RunWriter} run, keyed {@code ovc-first},
     * {@code ovc-repeat} and {@code by-hand} after {@code keyPrefix}; {@code commit} names an earlier
     * commit in the labels, or is null for this one's.
     */
    static List<Variant> of(String keyPrefix, String commit, String java, String agent, String classpath, Path work) {
        String pipeline = SmallPipeline.class.getName();
        String at = commit == null ? "" : " at " + commit;
        Path firstCache = work.resolve(keyPrefix + "cache-first");
        Path warmCache = warmCache(keyPrefix, work);
        Variant first = new Variant(keyPrefix + "ovc-first", "ovc-run agent" + at + ", first run (empty woven-class cache)",
                work.resolve(keyPrefix + "ovc-first")) {
            @Override
            List<String> command() {
                return List.of(java, "-javaagent:" + agent + "=cache=" + firstCache, "-cp", classpath, pipeline);
            }

            @Override
            void before() throws IOException {
                Folders.delete(firstCache);
            }

            @Override
            void after() throws IOException {
                Folders.requireOneRunThenDelete(directory().resolve("reports/runs"), key(), RECORDED);
                if (Folders.countFiles(firstCache) < 2) {
                    throw new IllegalStateException(key() + ": the agent wrote no woven class to " + firstCache);
                }
            }
        };
        Variant repeat = new Variant(keyPrefix + "ovc-repeat", "ovc-run agent" + at + ", repeat run (warm woven-class cache)",
                work.resolve(keyPrefix + "ovc-repeat")) {
            @Override
            List<String> command() {
                return List.of(java, "-javaagent:" + agent + "=cache=" + warmCache, "-cp", classpath, pipeline);
            }

            @Override
            void after() throws IOException {
                Folders.requireOneRunThenDelete(directory().resolve("reports/runs"), key(), RECORDED);
            }
        };
        Variant byHand = new Variant(keyPrefix + "by-hand", "no agent, the same run recorded by RunWriter" + at,
                work.resolve(keyPrefix + "by-hand")) {
            @Override
            List<String> command() {
                return List.of(java, "-cp", classpath, SmallPipelineByHand.class.getName());
            }

            @Override
            void after() throws IOException {
                Folders.requireOneRunThenDelete(directory().resolve("reports/runs"), key(), RECORDED);
            }
        };
        return List.of(first, repeat, byHand);
    }
}
