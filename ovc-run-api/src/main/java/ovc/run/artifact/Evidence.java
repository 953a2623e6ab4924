package ovc.run.artifact;

/** The three forms a check's evidence may take; anything else is refused when it is recorded. */
public final class Evidence {

    static final String FORMS = "evidence must be one of 'run.json:$.<path>' (e.g. run.json:$.outputs[0].rows_written),"
            + " 'run.log:line:<n>' (n >= 1) or 'artifacts/<relative path>'";

    private Evidence() {}

    /** Evidence pointing at a line of run.log, as {@code Run.log} numbers them. */
    public static String logLine(int line) {
        if (line < 1) {
            throw new IllegalArgumentException("run.log lines are numbered from 1, got " + line);
        }
        return "run.log:line:" + line;
    }

    /**
     * Checks one evidence string.
     *
     * @throws IllegalArgumentException naming the value and the three forms
     */
    public static String require(String evidence) {
        if (!isValid(evidence)) {
            throw new IllegalArgumentException("invalid evidence '" + evidence + "': " + FORMS);
        }
        return evidence;
    }

    /** Whether {@code evidence} has one of the three forms. */
    public static boolean isValid(String evidence) {
        if (evidence == null) {
            return false;
        }
        if (evidence.startsWith("run.json:$.")) {
            return evidence.length() > "run.json:$.".length() && hasNoWhitespace(evidence);
        }
        if (evidence.startsWith("run.log:line:")) {
            return isPositiveInteger(evidence.substring("run.log:line:".length()));
        }
        if (evidence.startsWith("artifacts/")) {
            return isRelativePath(evidence.substring("artifacts/".length()));
        }
        return false;
    }

    private static boolean isPositiveInteger(String s) {
        if (s.isEmpty() || s.length() > 10 || s.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isRelativePath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNoWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
