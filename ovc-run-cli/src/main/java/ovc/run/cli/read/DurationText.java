package ovc.run.cli.read;

/**
 * A run's {@code duration_ms} as people read it, the one form {@code ls}, {@code show},
 * {@code status} and the report print.
 */
public final class DurationText {

    private DurationText() {}

    /** {@code 850 ms}, {@code 12.4 s}, {@code 3 min 05 s}, {@code 2 h 01 min}. */
    public static String of(Long ms) {
        if (ms == null) {
            return null;
        }
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            // As "%.1f" rounds ms / 1000.0 (half up), without a Formatter per call: ls and report print thousands.
            long tenths = (ms + 50) / 100;
            return tenths / 10 + "." + tenths % 10 + " s";
        }
        long seconds = ms / 1000;
        if (seconds < 3600) {
            return String.format(java.util.Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(java.util.Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
