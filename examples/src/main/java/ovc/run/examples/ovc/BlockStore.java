package ovc.run.examples.ovc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and upserts {@link OvcSchema#BLOCKS}. */
public final class BlockStore {

    /**
     * What an upsert did.
     *
     * @param inserted rows that were new
     * @param updated rows that existed with other values
     * @param unchanged rows that existed with the same values
     */
    public record UpsertCounts(long inserted, long updated, long unchanged) {}

    private BlockStore() {}

    /**
     * Inserts new blocks and updates changed ones, in one transaction. Plain SELECT, INSERT and
     * UPDATE rather than a vendor upsert, so that H2 and PostgreSQL run the same statements and
     * the two counts can be told apart.
     */
    public static UpsertCounts upsert(Connection connection, List<Block> blocks) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<String, Block> existing = new HashMap<>();
            for (Block block : blocks) {
                String key = block.instrument() + "@" + block.start();
                if (!existing.containsKey(key)) {
                    existing.put(key, find(connection, block.instrument(), block.start()));
                }
            }
            List<Block> inserts = new ArrayList<>();
            List<Block> updates = new ArrayList<>();
            long unchanged = 0;
            for (Block block : blocks) {
                Block current = existing.get(block.instrument() + "@" + block.start());
                if (current == null) {
                    inserts.add(block);
                    existing.put(block.instrument() + "@" + block.start(), block);
                } else if (!current.sameValuesAs(block)) {
                    updates.add(block);
                } else {
                    unchanged++;
                }
            }
            insert(connection, inserts);
            update(connection, updates);
            connection.commit();
            return new UpsertCounts(inserts.size(), updates.size(), unchanged);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The blocks of every instrument that start inside {@code range}, by instrument and time. */
    public static List<Block> read(Connection connection, DateRange range) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT instrument, block_start, open_price, "
                + "high_price, low_price, close_price, volume FROM " + OvcSchema.BLOCKS
                + " WHERE block_start >= ? AND block_start < ? ORDER BY instrument, block_start")) {
            select.setObject(1, utc(range.start()));
            select.setObject(2, utc(range.end()));
            return readAll(select);
        }
    }

    static List<Block> readAll(PreparedStatement select) throws SQLException {
        List<Block> blocks = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                blocks.add(new Block(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                        rows.getBigDecimal(3), rows.getBigDecimal(4), rows.getBigDecimal(5), rows.getBigDecimal(6),
                        rows.getLong(7)));
            }
        }
        return blocks;
    }

    private static Block find(Connection connection, String instrument, Instant start) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT instrument, block_start, open_price, "
                + "high_price, low_price, close_price, volume FROM " + OvcSchema.BLOCKS
                + " WHERE instrument = ? AND block_start = ?")) {
            select.setString(1, instrument);
            select.setObject(2, utc(start));
            List<Block> found = readAll(select);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    private static void insert(Connection connection, List<Block> blocks) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + OvcSchema.BLOCKS
                + " (instrument, block_start, open_price, high_price, low_price, close_price, volume)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Block b : blocks) {
                insert.setString(1, b.instrument());
                insert.setObject(2, utc(b.start()));
                insert.setBigDecimal(3, b.open());
                insert.setBigDecimal(4, b.high());
                insert.setBigDecimal(5, b.low());
                insert.setBigDecimal(6, b.close());
                insert.setLong(7, b.volume());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void update(Connection connection, List<Block> blocks) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + OvcSchema.BLOCKS
                + " SET open_price = ?, high_price = ?, low_price = ?, close_price = ?, volume = ?"
                + " WHERE instrument = ? AND block_start = ?")) {
            for (Block b : blocks) {
                update.setBigDecimal(1, b.open());
                update.setBigDecimal(2, b.high());
                update.setBigDecimal(3, b.low());
                update.setBigDecimal(4, b.close());
                update.setLong(5, b.volume());
                update.setString(6, b.instrument());
                update.setObject(7, utc(b.start()));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
