package ovc.run.json;

/**
 * A text that {@link JsonReader} refused: what was wrong and where, as {@code "expected ':' at
 * line 3, column 9"}. An {@link IllegalArgumentException}, because the text is the argument.
 */
public final class JsonSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    JsonSyntaxException(String problem, int line, int column) {
        super(problem + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, in UTF-16 units from the start of its line. */
    public int column() {
        return column;
    }
}
