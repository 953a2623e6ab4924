package ovc.run.examples.quickstart;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A two-hour block built from the candles that start inside it.
 *
 * @param start the block's first hour (00:00, 02:00, ...)
 * @param candles how many hourly candles it was built from (2 when complete)
 */
public record Block(Instant start, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume,
        int candles) {

    /** High minus low. */
    public BigDecimal range() {
        return high.subtract(low);
    }
}
