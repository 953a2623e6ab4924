package ovc.run.benchmarks.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One way of running a program that the harness times: its command, and what to do, untimed,
 * before and after each run.
 */
abstract class Variant {

    private final String key;
    private final String label;
    private final Path directory;

    Variant(String key, String label, Path directory) {
        this.key = key;
        this.label = label;
        this.directory = directory;
    }

    /** Stable name the report looks results up by. */
    String key() {
        return key;
    }

    /** What it is, for people. */
    String label() {
        return label;
    }

    /** The working directory it runs in (its own, so runs of different variants never share a file). */
    Path directory() {
        return directory;
    }

    /** The command line, program and arguments. */
    abstract List<String> command();

    /** Variables set for it on top of the harness's environment. */
    Map<String, String> environment() {
        return Map.of();
    }

    /** Untimed, before each run: e.g. empty a cache that must be cold. */
    void before() throws IOException {}

    /**
     * Untimed, after each run: checks the run did what it is meant to (an agent that silently did
     * nothing would look very fast) and cleans up what it left.
     *
     * @throws IllegalStateException when it did not
     */
    void after() throws IOException {}
}
