package ovc.run.processor;

/**
 * Every message the processor prints, as templates that begin with their {@link Tag}. Each says
 * what is wrong, where, and what to do; tests format the same templates, so the wording lives here
 * only.
 */
final class Messages {

    static final String PIPELINE_ID = "[ovc-run:pipeline-id] Pipeline id \"%s\" must be letters, digits and '-' only"
            + " ([A-Za-z0-9-]+), because it becomes part of the run_id";
    static final String PIPELINE_ID_EMPTY = "[ovc-run:pipeline-id] Pipeline id must not be empty;"
            + " name the pipeline with letters, digits and '-' (P2-Backfill)";
    static final String PIPELINE_ID_LENGTH = "[ovc-run:pipeline-id] Pipeline id \"%s\" is %d characters long;"
            + " at most 64 are allowed, because it becomes part of the run_id";
    static final String PIPELINE_VERSION = "[ovc-run:pipeline-version] Pipeline version \"%s\" is not a semantic"
            + " version (MAJOR.MINOR.PATCH, optionally -prerelease and +build, as in semver.org 2.0.0)";
    static final String PIPELINE_DUPLICATE = "[ovc-run:pipeline-duplicate] Pipeline id \"%s\" is already declared"
            + " by %s; pipeline ids must be unique, because run folders and the catalog are keyed by them";
    static final String PIPELINE_DUPLICATE_CATALOG = "[ovc-run:pipeline-duplicate] Pipeline id \"%s\" is already"
            + " declared by %s in the catalog %s on the class path; pipeline ids must be unique, because run"
            + " folders and the catalog are keyed by them";
    static final String PIPELINE_ABSTRACT = "[ovc-run:pipeline-placement] @Pipeline cannot be on abstract method"
            + " %s: a run starts when a method body is entered, and it has none; annotate the implementing method";
    static final String PIPELINE_NATIVE = "[ovc-run:pipeline-placement] @Pipeline cannot be on native method %s:"
            + " it has no Java body to start and finish a run in; annotate the Java method that calls it";
    static final String PIPELINE_LOCAL = "[ovc-run:pipeline-placement] @Pipeline cannot be on method %s of %s:"
            + " the agent and the catalog need a named class to find a pipeline by;"
            + " move the method to a top-level or member class";

    static final String REQUIRED_ENV_EMPTY = "[ovc-run:required-env] requiredEnv entry is empty; name a variable"
            + " (OANDA_API_TOKEN) or alternatives (NEON_DSN|DATABASE_URL), or remove the entry";
    static final String REQUIRED_ENV_NAME = "[ovc-run:required-env] requiredEnv entry \"%s\" is not an environment"
            + " variable name ([A-Za-z_][A-Za-z0-9_]*)";
    static final String REQUIRED_ENV_ALTERNATIVES = "[ovc-run:required-env] requiredEnv entry \"%s\" is malformed"
            + " alternatives: write NAME|OTHER, variable names joined by '|' with no spaces and no empty side";
    static final String REQUIRED_ENV_DUPLICATE = "[ovc-run:required-env-duplicate] requiredEnv entry \"%s\" repeats"
            + " entry \"%s\"; remove one of them";
    static final String REQUIRED_ENV_REPEATED_NAME = "[ovc-run:required-env-duplicate] requiredEnv entry \"%s\""
            + " names %s more than once; remove the repetition";

    static final String IO_TYPE = "[ovc-run:io-type] %s type \"%s\" must be lower snake_case"
            + " ([a-z][a-z0-9]*(_[a-z0-9]+)*), e.g. neon_table";
    static final String IO_TYPE_NEAR_MISS = "[ovc-run:io-type-near-miss] %s type \"%s\" is one edit away from"
            + " \"%s\", used %d time(s) elsewhere in this compilation (first on %s); did you mean \"%s\"?"
            + " If both are meant, add @SuppressWarnings(\"ovc-run:io-type-near-miss\")";
    static final String IO_NOTHING_TO_RECORD = "[ovc-run:io-nothing-to-record] %s on void method %s has no ref, so"
            + " there is nothing to record; set ref = \"...\" to what the method %s, or return it";
    /** The last value is {@code RecordableTypes.summary}: the accepted types come from the list the runtime records by. */
    static final String IO_REF_TYPE = "[ovc-run:io-ref-type] %s on %s has no ref, and values of type %s cannot"
            + " become one; set ref = \"...\", or use one of %s";
    static final String IO_ROW_COUNT_WITHOUT_REF = "[ovc-run:io-ref-type] @RunOutput method %s returns %s, which"
            + " is recorded as rows_written only when the output has a ref; set ref = \"...\" to the table or"
            + " file it writes";
    static final String IO_REF_EMPTY = "[ovc-run:io-ref] %s ref must not be empty; name what was %s"
            + " (a table, a file, a URL)";

    static final String CHECK_ID = "[ovc-run:check-id] Check id \"%s\" must be snake_case"
            + " ([a-z][a-z0-9]*(_[a-z0-9]+)*), stable across runs";
    static final String CHECK_NAME = "[ovc-run:check-name] Check name must not be empty;"
            + " describe the check for people (\"Rows were inserted\")";
    static final String CHECK_EVIDENCE = "[ovc-run:check-evidence] Evidence \"%s\" matches none of the three forms:"
            + " run.json:$.<path> (run.json:$.outputs[0].rows_written), run.log:line:<n> (n >= 1)"
            + " or artifacts/<relative path>";

    static final String CATALOG_UNREADABLE = "[ovc-run:catalog] Could not read the pipeline catalog %s on the class"
            + " path (%s); the pipeline ids in it are not checked for duplicates";
    static final String CATALOG_UNWRITABLE = "[ovc-run:catalog] Could not write " + Names.CATALOG
            + " (%s); pass -A" + Names.OPTION_CATALOG + "=false to build without the catalog";
    static final String OPTION_VALUE = "[ovc-run:option] Option -A%s=%s must be true or false; using %s";
    static final String INTERNAL = "[ovc-run:internal] ovc-run-processor failed while checking this element (%s)."
            + " This is a bug in ovc-run, not in your code: please report it with this message";

    static final String DID_YOU_MEAN = "; did you mean \"%s\"?";

    private Messages() {}

    /** The template filled in, with {@code ; did you mean "..."?} when there is a suggestion. */
    static String format(String template, String suggestion, Object... args) {
        String message = String.format(template, args);
        return suggestion == null ? message : message + String.format(DID_YOU_MEAN, suggestion);
    }
}
