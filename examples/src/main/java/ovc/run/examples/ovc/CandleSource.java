package ovc.run.examples.ovc;

import java.util.List;

/**
 * Where two-hour candles come from. The fixture file is the default here, where the market-data
 * API cannot be reached; an HTTP client for the OANDA v20 candles endpoint fits the same method.
 */
public interface CandleSource {

    /** A short description for run.log, e.g. the file or endpoint. */
    String describe();

    /**
     * The blocks of {@code instrument} that start inside {@code range}, oldest first.
     *
     * @throws IllegalStateException when the source answers with data that cannot be read
     */
    List<Block> fetchBlocks(String instrument, DateRange range);
}
