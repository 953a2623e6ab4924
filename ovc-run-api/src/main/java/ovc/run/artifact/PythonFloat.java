package ovc.run.artifact;

import java.math.BigDecimal;

/**
 * Python's {@code repr(float)}, which {@code json.dumps} uses: the shortest digits that round-trip,
 * in positional notation for decimal exponents from -4 to 15 ({@code 0.0001}, {@code 1e+16}).
 */
final class PythonFloat {

    private PythonFloat() {}

    static String repr(double value) {
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        // Double.toString gives the shortest round-trip digits (exactly so from Java 19 on).
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = decimal.abs().toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
}
