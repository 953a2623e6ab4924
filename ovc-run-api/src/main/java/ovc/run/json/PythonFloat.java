package ovc.run.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}, which {@code json.dumps} uses: the fewest significant digits that
 * read back as the same double (the nearest such decimal when several qualify), in positional
 * notation for decimal exponents from -4 to 15 ({@code 0.0001}, {@code 1e+16}).
 *
 * <p>{@code Double.toString} cannot be used: before Java 19 it sometimes gives one digit more than
 * needed ({@code 6.9534526367299264E17} for Python's {@code 6.953452636729926e+17}).
 */
final class PythonFloat {

    private PythonFloat() {}

    static String repr(double value) {
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal decimal = shortest(Math.abs(value));
        String digits = decimal.unscaledValue().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = decimal.toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        // At least two exponent digits, as "%02d" gives, padded by hand: String.format loads the
        // Formatter and the locale's number symbols, milliseconds for one float in a run's extra.
        int magnitude = Math.abs(exponent);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
    }

    /** The shortest decimal that parses back to {@code value} (positive, finite), trailing zeros stripped. */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            // Near a power of two the round-trip interval is lopsided, so the nearest decimal of
            // this length may fail while the one on the other side passes: try both neighbours.
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == value && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
    }
}
