package ovc.run.format;

/**
 * The files of a run folder, {@code reports/runs/<run_id>/}, and the order that makes a folder
 * complete. The runtime writes checks.json first and run.json last: run.json is the commit point,
 * so a folder with run.json has every file, and one without it is a run that has not finished (still
 * running, or killed before its finish). Each JSON file is written to a temporary file beside it and
 * renamed into place; a temporary file left over is a write that never completed, and its name
 * ({@link #isTemporary}) lets readers say so.
 */
public final class FolderLayout {

    /** The manifest, written last: the commit point of a run folder. */
    public static final String RUN_JSON = "run.json";
    /** The checks and their summary, written before run.json. */
    public static final String CHECKS_JSON = "checks.json";
    /** The run's log; line 1 is {@code RUN_ID=<run_id>}. */
    public static final String RUN_LOG = "run.log";
    /** The folder of files that evidence {@code artifacts/<path>} points at. */
    public static final String ARTIFACTS = "artifacts";
    /** Line 1 of run.log and the line announced on stdout, followed by the run_id. */
    public static final String RUN_ID_LINE_PREFIX = "RUN_ID=";

    private static final String TEMPORARY_SUFFIX = ".tmp";

    private FolderLayout() {}

    /**
     * The name of a temporary file for {@code target}: {@code .<target>.<unique>.tmp}, hidden and
     * beside it, so the rename into place stays within one folder (atomic).
     */
    public static String temporaryName(String target, String unique) {
        return "." + target + "." + unique + TEMPORARY_SUFFIX;
    }

    /** Whether {@code fileName} is a temporary file as {@link #temporaryName} names them. */
    public static boolean isTemporary(String fileName) {
        return fileName.length() > 1 + TEMPORARY_SUFFIX.length() && fileName.charAt(0) == '.'
                && fileName.endsWith(TEMPORARY_SUFFIX);
    }
}
