package ovc.run.artifact;

import ovc.run.format.EvidenceGrammar;

/**
 * The three forms a check's evidence may take ({@link EvidenceGrammar}); anything else is refused
 * when it is recorded.
 */
public final class Evidence {

    private Evidence() {}

    /** Evidence pointing at a line of run.log, as {@code Run.log} numbers them. */
    public static String logLine(int line) {
        return EvidenceGrammar.logLine(line);
    }

    /**
     * Checks one evidence string.
     *
     * @throws IllegalArgumentException naming the value and the three forms
     */
    public static String require(String evidence) {
        if (!EvidenceGrammar.isValid(evidence)) {
            throw new IllegalArgumentException("invalid evidence '" + evidence + "': " + EvidenceGrammar.FORMS);
        }
        return evidence;
    }

    /** Whether {@code evidence} has one of the three forms. */
    public static boolean isValid(String evidence) {
        return EvidenceGrammar.isValid(evidence);
    }
}
