package ovc.run.benchmarks.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import ovc.run.benchmarks.fixture.SmallPipeline;
import ovc.run.benchmarks.fixture.SmallPipelineByHand;

/**
 * The agent's first and repeat runs and the {@code RunWriter} run, as an earlier commit built them
 * (its agent jar and its benchmarks jar, with that commit's api and fixtures), measured in the same
 * rounds as this commit's: "start-up unchanged" is then a comparison within one run of the harness,
 * not against figures taken on another day under another load.
 */
final class BaseCommitVariants {

    /** Key prefix of the base commit's variants: {@code base-} + this commit's key. */
    static final String PREFIX = "base-";

    private BaseCommitVariants() {}

    /**
     * The three variants, run with {@code java} from {@code work}; {@code agent} and
     * {@code classpath} are the base commit's jars, {@code commit} names it in the labels.
     */
    static List<Variant> of(String java, String agent, String classpath, String commit, Path work) {
        String pipeline = SmallPipeline.class.getName();
        Path firstCache = work.resolve("base-cache-first");
        Path warmCache = work.resolve("base-cache-warm");
        String[] recorded = {"\"status\": \"success\"", "\"EUR_USD\"", "\"ovc.ovc_blocks_v01_2h\""};
        Variant first = new Variant(PREFIX + "ovc-first", "ovc-run agent at " + commit + ", first run (empty woven-class cache)",
                work.resolve(PREFIX + "ovc-first")) {
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
                Folders.requireOneRunThenDelete(directory().resolve("reports/runs"), key(), recorded);
            }
        };
        Variant repeat = new Variant(PREFIX + "ovc-repeat", "ovc-run agent at " + commit + ", repeat run (warm woven-class cache)",
                work.resolve(PREFIX + "ovc-repeat")) {
            @Override
            List<String> command() {
                return List.of(java, "-javaagent:" + agent + "=cache=" + warmCache, "-cp", classpath, pipeline);
            }

            @Override
            void after() throws IOException {
                Folders.requireOneRunThenDelete(directory().resolve("reports/runs"), key(), recorded);
            }
        };
        Variant byHand = new Variant(PREFIX + "by-hand", "the same run recorded by RunWriter at " + commit,
                work.resolve(PREFIX + "by-hand")) {
            @Override
            List<String> command() {
                return List.of(java, "-cp", classpath, SmallPipelineByHand.class.getName());
            }

            @Override
            void after() throws IOException {
                Folders.requireOneRunThenDelete(directory().resolve("reports/runs"), key(), recorded);
            }
        };
        return List.of(first, repeat, byHand);
    }
}
