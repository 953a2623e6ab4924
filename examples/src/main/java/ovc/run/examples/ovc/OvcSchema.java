package ovc.run.examples.ovc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The tables of the OVC pipelines, in SQL that H2 and PostgreSQL both accept. */
public final class OvcSchema {

    /** Two-hour blocks, written by P2-Backfill. */
    public static final String BLOCKS = "ovc.ovc_blocks_v01_2h";
    /** Per-block features, written by B1-DerivedC1. */
    public static final String DERIVED = "ovc.ovc_derived_c1_v01";

    private OvcSchema() {}

    /** Creates the schema and tables when missing. */
    public static void ensure(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS ovc");
            sql.execute("CREATE TABLE IF NOT EXISTS " + BLOCKS + " ("
                    + "instrument VARCHAR(16) NOT NULL, block_start TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "open_price NUMERIC(18,6) NOT NULL, high_price NUMERIC(18,6) NOT NULL, "
                    + "low_price NUMERIC(18,6) NOT NULL, close_price NUMERIC(18,6) NOT NULL, volume BIGINT NOT NULL, "
                    + "PRIMARY KEY (instrument, block_start))");
            sql.execute("CREATE TABLE IF NOT EXISTS " + DERIVED + " ("
                    + "instrument VARCHAR(16) NOT NULL, block_start TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "range_size NUMERIC(18,6) NOT NULL, body_size NUMERIC(18,6) NOT NULL, "
                    + "upper_wick NUMERIC(18,6) NOT NULL, lower_wick NUMERIC(18,6) NOT NULL, "
                    + "direction VARCHAR(4) NOT NULL, body_ratio NUMERIC(18,6) NOT NULL, "
                    + "PRIMARY KEY (instrument, block_start))");
        }
    }
}
