package ovc.run.examples.quickstart;

import java.math.BigDecimal;
import java.time.Instant;

/** One hourly candle of an instrument. */
public record Candle(Instant time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {}
