package ovc.run.format;

/**
 * One evidence string of a check, parsed by {@link EvidenceGrammar}: a line of run.log, a value in
 * run.json reached by member names and array indexes, or a file under the run folder's
 * {@code artifacts/}. Immutable.
 */
public final class EvidencePointer {

    /** The three forms of the v0.1 format. */
    public enum Kind {
        /** {@code run.log:line:<n>}. */
        LOG_LINE,
        /** {@code run.json:$.<path>}. */
        RUN_JSON,
        /** {@code artifacts/<path>}. */
        ARTIFACT
    }

    private final String text;
    private final Kind kind;
    private final long line;
    // Each step a String (a member name) or a Long (an array index); null unless RUN_JSON.
    private final Object[] steps;

    EvidencePointer(String text, Kind kind, long line, Object[] steps) {
        this.text = text;
        this.kind = kind;
        this.line = line;
        this.steps = steps;
    }

    /** The evidence string as recorded. */
    public String text() {
        return text;
    }

    /** Which of the three forms it is. */
    public Kind kind() {
        return kind;
    }

    /** The run.log line number (from 1) of a {@link Kind#LOG_LINE}; 0 for the other forms. */
    public long line() {
        return line;
    }

    /** How many steps follow {@code $} in a {@link Kind#RUN_JSON} path; 0 for the other forms. */
    public int stepCount() {
        return steps == null ? 0 : steps.length;
    }

    /** Whether step {@code i} is an array index ({@code [n]}) rather than a member name ({@code .name}). */
    public boolean isIndex(int i) {
        return steps[i] instanceof Long;
    }

    /** The member name of step {@code i}. */
    public String member(int i) {
        return (String) steps[i];
    }

    /** The array index of step {@code i}. */
    public long index(int i) {
        return (Long) steps[i];
    }

    /**
     * The path of an {@link Kind#ARTIFACT} relative to the run folder ({@code artifacts/...}, the
     * text itself); {@code null} for the other forms.
     */
    public String artifactPath() {
        return kind == Kind.ARTIFACT ? text : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidencePointer that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
