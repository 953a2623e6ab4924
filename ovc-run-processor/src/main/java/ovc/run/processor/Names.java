package ovc.run.processor;

/**
 * The api types the processor looks for, by name: annotations are read through their mirrors, so
 * the processor never loads (or needs to link against) the annotation classes themselves.
 */
final class Names {

    static final String PIPELINE = "ovc.run.Pipeline";
    static final String RUN_INPUT = "ovc.run.RunInput";
    static final String RUN_OUTPUT = "ovc.run.RunOutput";
    static final String RUN = "ovc.run.Run";
    /** A type that supplies its own ref (and range); may not exist in every api version. */
    static final String RUN_REF = "ovc.run.RunRef";
    /** An output return value that carries ref and row counts; may not exist in every api version. */
    static final String WRITTEN = "ovc.run.Written";

    /** Where the catalog of a compilation goes, relative to the class output. */
    static final String CATALOG = "META-INF/ovc-run/pipelines.json";

    static final String OPTION_WARNINGS_AS_ERRORS = "ovc.run.warningsAsErrors";
    static final String OPTION_CATALOG = "ovc.run.catalog";

    private Names() {}
}
