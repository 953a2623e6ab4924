package ovc.run.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The one grammar of a check's evidence (v0.1), which the runtime, the annotation processor,
 * {@code ovc-run validate} and {@code contracts/checks.schema.json} share:
 *
 * <pre>
 * run.log:line:&lt;n&gt;       n = [1-9][0-9]{0,9}
 * run.json:$.&lt;path&gt;     path = name ( "." name | "[" index "]" )*
 *                        name = [A-Za-z_][A-Za-z0-9_]*, index = 0|[1-9][0-9]{0,9}
 * artifacts/&lt;path&gt;     "/"-separated segments, none empty, "." or "..", none holding "\",
 *                        a C0 control character or DEL
 * </pre>
 *
 * <p>Numbers have at most ten digits, so every one fits a {@code long}. Parsed by hand, not by a
 * regex: {@code Run.check} validates its evidence on every call, and the first regex a run
 * compiles costs its start milliseconds. EvidenceSchemaProperties holds this class and the
 * schema's pattern to the same answers.
 */
public final class EvidenceGrammar {

    /** The three forms, for messages that reject a string. */
    public static final String FORMS = "evidence must be one of 'run.json:$.<path>' (e.g. run.json:$.outputs[0].rows_written,"
            + " member names [A-Za-z_][A-Za-z0-9_]* and [index] steps), 'run.log:line:<n>' (n >= 1)"
            + " or 'artifacts/<relative path>'";

    static final String LOG_PREFIX = "run.log:line:";
    static final String JSON_PREFIX = "run.json:$.";
    static final String ARTIFACTS = "artifacts";
    private static final int MAX_DIGITS = 10;

    private EvidenceGrammar() {}

    /** {@code evidence} parsed, or {@code null} when it has none of the three forms. */
    public static EvidencePointer parse(String evidence) {
        if (evidence == null) {
            return null;
        }
        if (evidence.startsWith(LOG_PREFIX)) {
            long line = number(evidence, LOG_PREFIX.length(), evidence.length());
            return line < 1 ? null : new EvidencePointer(evidence, EvidencePointer.Kind.LOG_LINE, line, null);
        }
        if (evidence.startsWith(JSON_PREFIX)) {
            List<Object> steps = new ArrayList<>(4);
            return jsonPath(evidence, steps)
                    ? new EvidencePointer(evidence, EvidencePointer.Kind.RUN_JSON, 0, steps.toArray()) : null;
        }
        if (evidence.startsWith(ARTIFACTS) && isArtifactPath(evidence)) {
            return new EvidencePointer(evidence, EvidencePointer.Kind.ARTIFACT, 0, null);
        }
        return null;
    }

    /**
     * Whether {@code evidence} has one of the three forms. Allocates nothing: every recorded check
     * asks it of each of its pointers.
     */
    public static boolean isValid(String evidence) {
        if (evidence == null) {
            return false;
        }
        if (evidence.startsWith(LOG_PREFIX)) {
            return number(evidence, LOG_PREFIX.length(), evidence.length()) >= 1;
        }
        if (evidence.startsWith(JSON_PREFIX)) {
            return jsonPath(evidence, null);
        }
        return evidence.startsWith(ARTIFACTS) && isArtifactPath(evidence);
    }

    /** The evidence string that points at run.log line {@code line}. */
    public static String logLine(long line) {
        if (line < 1) {
            throw new IllegalArgumentException("run.log lines are numbered from 1, got " + line);
        }
        return LOG_PREFIX + line;
    }

    /**
     * Whether the path after {@code run.json:$} keeps the grammar; its steps go to {@code steps}
     * (a String per member, a Long per index) unless that is {@code null}.
     */
    private static boolean jsonPath(String s, List<Object> steps) {
        int i = JSON_PREFIX.length() - 1; // at the '.' of "$."
        boolean first = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '.') {
                int end = endOfName(s, i + 1);
                if (end < 0) {
                    return false;
                }
                if (steps != null) {
                    steps.add(s.substring(i + 1, end));
                }
                i = end;
            } else if (c == '[' && !first) {
                int close = s.indexOf(']', i + 1);
                long index = close < 0 ? -1 : number(s, i + 1, close);
                if (index < 0) {
                    return false;
                }
                if (steps != null) {
                    steps.add(index);
                }
                i = close + 1;
            } else {
                return false;
            }
            first = false;
        }
        return true;
    }

    /** Where {@code [A-Za-z_][A-Za-z0-9_]*} starting at {@code i} ends, or -1 when there is none. */
    private static int endOfName(String s, int i) {
        if (i >= s.length() || !isNameStart(s.charAt(i))) {
            return -1;
        }
        i++;
        while (i < s.length() && (isNameStart(s.charAt(i)) || isDigit(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** {@code 0|[1-9][0-9]{0,9}} spanning exactly {@code [from, to)}, or -1. */
    private static long number(String s, int from, int to) {
        int length = to - from;
        if (length < 1 || length > MAX_DIGITS || (s.charAt(from) == '0' && length > 1)) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** {@code artifacts} followed by one or more {@code /segment}. */
    private static boolean isArtifactPath(String s) {
        int i = ARTIFACTS.length();
        if (i >= s.length()) {
            return false;
        }
        while (i < s.length()) {
            if (s.charAt(i) != '/') {
                return false;
            }
            int start = ++i;
            while (i < s.length() && s.charAt(i) != '/') {
                char c = s.charAt(i);
                if (c == '\\' || c < 0x20 || c == 0x7f) {
                    return false;
                }
                i++;
            }
            int length = i - start;
            if (length == 0 || (s.charAt(start) == '.' && (length == 1 || (length == 2 && s.charAt(start + 1) == '.')))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
