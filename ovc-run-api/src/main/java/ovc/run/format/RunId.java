package ovc.run.format;

/**
 * The run_id of the v0.1 format, {@code <yyyyMMdd'T'HHmmss'Z'>__<pipeline_id>__<sha7>}, made and
 * parsed in one place. The pipeline id is letters, digits and {@code -} only, at most
 * {@value #MAX_PIPELINE_ID_LENGTH} characters, so a run_id is at most {@value #MAX_LENGTH}; the sha7
 * is seven lower-case hex digits ({@value #NO_SHA7} without git). Checked by hand-written loops:
 * the runtime makes one on every run's start, where the first regex would cost milliseconds.
 */
public final class RunId {

    /** The longest pipeline id the format allows (it becomes part of a folder name). */
    public static final int MAX_PIPELINE_ID_LENGTH = 64;
    /** The longest run_id: the 16-character time, two separators, the longest pipeline id and the sha7. */
    public static final int MAX_LENGTH = 16 + 2 + MAX_PIPELINE_ID_LENGTH + 2 + 7;
    /** The sha7 of a run made outside any git checkout. */
    public static final String NO_SHA7 = "0000000";

    private static final String SEPARATOR = "__";
    private static final int TIME = 16;
    private static final int SHA7 = 7;

    private final String text;
    private final String pipelineId;

    private RunId(String text, String pipelineId) {
        this.text = text;
        this.pipelineId = pipelineId;
    }

    /**
     * The run_id of a run of {@code pipelineId} at {@code sha7} that started at {@code compactStart}
     * ({@code 20260119T061512Z}, as {@code UtcTimestamps.compact} writes it). The parts are taken as
     * given: the runtime has validated the pipeline id and resolved the sha7 already.
     */
    public static String of(String compactStart, String pipelineId, String sha7) {
        return compactStart + SEPARATOR + pipelineId + SEPARATOR + sha7;
    }

    /** {@code text} as a run_id, or {@code null} when it is not one. */
    public static RunId parse(String text) {
        if (text == null || text.length() < TIME + 2 + 1 + 2 + SHA7 || text.length() > MAX_LENGTH) {
            return null;
        }
        int shaStart = text.length() - SHA7;
        if (!isTime(text) || !text.startsWith(SEPARATOR, TIME) || !text.startsWith(SEPARATOR, shaStart - 2)
                || !isSha7(text, shaStart)) {
            return null;
        }
        String pipelineId = text.substring(TIME + 2, shaStart - 2);
        return isPipelineId(pipelineId) ? new RunId(text, pipelineId) : null;
    }

    /** Whether {@code text} is a well-formed run_id. */
    public static boolean isValid(String text) {
        return parse(text) != null;
    }

    /**
     * {@code [A-Za-z0-9-]+}, at most {@value #MAX_PIPELINE_ID_LENGTH} characters: a pipeline id, which
     * becomes part of the run_id between {@code __} separators (so it cannot hold {@code _}).
     */
    public static boolean isPipelineId(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_PIPELINE_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !isDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The start time part, {@code 20260119T061512Z} (its digits are not checked to be a real date). */
    public String time() {
        return text.substring(0, TIME);
    }

    /** The pipeline id part. */
    public String pipelineId() {
        return pipelineId;
    }

    /** The sha7 part. */
    public String sha7() {
        return text.substring(text.length() - SHA7);
    }

    /** The run_id itself. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunId id && id.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** {@code [0-9]{8}T[0-9]{6}Z} at the start of {@code s}. */
    private static boolean isTime(String s) {
        for (int i = 0; i < TIME; i++) {
            char c = s.charAt(i);
            boolean ok = i == 8 ? c == 'T' : i == TIME - 1 ? c == 'Z' : isDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSha7(String s, int start) {
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
