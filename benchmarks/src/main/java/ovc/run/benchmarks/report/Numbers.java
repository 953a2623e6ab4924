package ovc.run.benchmarks.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting for the table: enough digits to compare, no more. */
final class Numbers {

    private Numbers() {}

    /** Three significant digits or so: 0.412, 2.35, 41.2, 412, 4120. */
    public static String short3(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double size = Math.abs(value);
        String pattern = size < 1 ? "%.3f" : size < 10 ? "%.2f" : size < 100 ? "%.1f" : "%.0f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** The same with a sign: +0.12, -3.40. */
    public static String signed(double value) {
        return (value >= 0 ? "+" : "") + short3(value);
    }

    /** A target's number as written in the issue: 5, 0.7, 300, 0.05. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A whole number with thousands separators: 1,998,357. */
    public static String grouped(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A ratio: 0.27×, 1.05×, 12.4×. */
    public static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : short3(value) + "×";
    }
}
