package ovc.run.examples.ovc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The databases the example tests run against: always a fresh in-memory H2, and the PostgreSQL
 * server named by {@code OVC_TEST_POSTGRES_URL} when it is set (.ci/run starts one), so the same
 * SQL is proven on both.
 */
final class TestDatabases {

    static final String POSTGRES_VARIABLE = "OVC_TEST_POSTGRES_URL";

    private TestDatabases() {}

    static List<String> urls() {
        List<String> urls = new ArrayList<>();
        urls.add("jdbc:h2:mem:ovc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        String postgres = System.getenv(POSTGRES_VARIABLE);
        if (postgres != null && !postgres.isBlank()) {
            urls.add(postgres);
        }
        return urls;
    }

    /** A connection to an empty OVC schema at {@code url}. */
    static Connection fresh(String url) throws SQLException {
        Connection connection = Database.open(Map.of("DATABASE_URL", url));
        try (Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM " + OvcSchema.DERIVED);
            sql.execute("DELETE FROM " + OvcSchema.BLOCKS);
        }
        return connection;
    }
}
