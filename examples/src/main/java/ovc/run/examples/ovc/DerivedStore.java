package ovc.run.examples.ovc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@link OvcSchema#DERIVED}. */
public final class DerivedStore {

    private DerivedStore() {}

    /** Blocks that have no derived row yet, by instrument and time. */
    public static List<Block> pendingBlocks(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT b.instrument, b.block_start, b.open_price, "
                + "b.high_price, b.low_price, b.close_price, b.volume FROM " + OvcSchema.BLOCKS + " b LEFT JOIN "
                + OvcSchema.DERIVED + " d ON d.instrument = b.instrument AND d.block_start = b.block_start"
                + " WHERE d.instrument IS NULL ORDER BY b.instrument, b.block_start")) {
            return BlockStore.readAll(select);
        }
    }

    /** Inserts derived rows in one transaction; returns how many. */
    public static int insert(Connection connection, List<DerivedFeatures> rows) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + OvcSchema.DERIVED
                + " (instrument, block_start, range_size, body_size, upper_wick, lower_wick, direction, body_ratio)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DerivedFeatures row : rows) {
                insert.setString(1, row.instrument());
                insert.setObject(2, BlockStore.utc(row.start()));
                insert.setBigDecimal(3, row.range());
                insert.setBigDecimal(4, row.body());
                insert.setBigDecimal(5, row.upperWick());
                insert.setBigDecimal(6, row.lowerWick());
                insert.setString(7, row.direction());
                insert.setBigDecimal(8, row.bodyRatio());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            return rows.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The derived rows whose block starts inside {@code range}, by instrument and time. */
    public static List<DerivedFeatures> read(Connection connection, DateRange range) throws SQLException {
        List<DerivedFeatures> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT instrument, block_start, range_size, "
                + "body_size, upper_wick, lower_wick, direction, body_ratio FROM " + OvcSchema.DERIVED
                + " WHERE block_start >= ? AND block_start < ? ORDER BY instrument, block_start")) {
            select.setObject(1, BlockStore.utc(range.start()));
            select.setObject(2, BlockStore.utc(range.end()));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(new DerivedFeatures(r.getString(1), r.getObject(2, OffsetDateTime.class).toInstant(),
                            r.getBigDecimal(3), r.getBigDecimal(4), r.getBigDecimal(5), r.getBigDecimal(6),
                            r.getString(7), r.getBigDecimal(8)));
                }
            }
        }
        return rows;
    }
}
