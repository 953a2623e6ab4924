package ovc.run.examples.ovc;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One two-hour OHLC block of an instrument, as stored in {@code ovc.ovc_blocks_v01_2h}.
 *
 * @param instrument e.g. {@code EUR_USD}
 * @param start the block's first instant (00:00, 02:00, ... UTC)
 */
public record Block(String instrument, Instant start, BigDecimal open, BigDecimal high, BigDecimal low,
        BigDecimal close, long volume) {

    /** Whether the prices are consistent: low is the lowest, high the highest. */
    public boolean isConsistent() {
        return low.compareTo(high) <= 0
                && low.compareTo(open.min(close)) <= 0
                && high.compareTo(open.max(close)) >= 0
                && volume >= 0;
    }

    /** Whether two blocks hold the same values (scale ignored, as a database returns its own). */
    public boolean sameValuesAs(Block other) {
        return instrument.equals(other.instrument) && start.equals(other.start)
                && open.compareTo(other.open) == 0 && high.compareTo(other.high) == 0
                && low.compareTo(other.low) == 0 && close.compareTo(other.close) == 0 && volume == other.volume;
    }
}
