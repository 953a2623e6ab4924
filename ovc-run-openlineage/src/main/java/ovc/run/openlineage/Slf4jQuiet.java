package ovc.run.openlineage;

/**
 * The OpenLineage client logs through SLF4J; in an application without an SLF4J backend, SLF4J
 * would print three lines on stderr while a run is capturing it, and the run's folder would differ
 * from a run without export. Its own reporter is turned down to errors unless the application set it.
 */
final class Slf4jQuiet {

    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private Slf4jQuiet() {}

    static void apply() {
        if (System.getProperty(VERBOSITY) == null) {
            System.setProperty(VERBOSITY, "ERROR");
        }
    }
}
