package ovc.run.examples.ovc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The C1 features of one block, as stored in {@link OvcSchema#DERIVED}.
 *
 * @param range high minus low
 * @param body the absolute move from open to close
 * @param upperWick high above the body
 * @param lowerWick low below the body
 * @param direction {@code up}, {@code down} or {@code flat}
 * @param bodyRatio body over range (0 for a block with no range)
 */
public record DerivedFeatures(String instrument, Instant start, BigDecimal range, BigDecimal body,
        BigDecimal upperWick, BigDecimal lowerWick, String direction, BigDecimal bodyRatio) {

    /** Computes the features of {@code block}. */
    public static DerivedFeatures of(Block block) {
        BigDecimal range = block.high().subtract(block.low());
        BigDecimal move = block.close().subtract(block.open());
        BigDecimal body = move.abs();
        BigDecimal top = block.open().max(block.close());
        BigDecimal bottom = block.open().min(block.close());
        String direction = move.signum() > 0 ? "up" : move.signum() < 0 ? "down" : "flat";
        BigDecimal ratio = range.signum() == 0 ? BigDecimal.ZERO : body.divide(range, 6, RoundingMode.HALF_EVEN);
        return new DerivedFeatures(block.instrument(), block.start(), range, body, block.high().subtract(top),
                bottom.subtract(block.low()), direction, ratio);
    }

    /** The problems of a stored row: each rule that it breaks, or none. */
    public java.util.List<String> problems() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (range.signum() < 0) {
            problems.add("negative range");
        }
        if (body.compareTo(range) > 0) {
            problems.add("body larger than range");
        }
        if (upperWick.signum() < 0 || lowerWick.signum() < 0) {
            problems.add("negative wick");
        }
        if (body.add(upperWick).add(lowerWick).compareTo(range) != 0) {
            problems.add("body and wicks do not add up to the range");
        }
        if (!direction.equals("up") && !direction.equals("down") && !direction.equals("flat")) {
            problems.add("unknown direction " + direction);
        }
        return problems;
    }
}
