package ovc.run.examples.ovc;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Opens the pipelines' database from {@code DATABASE_URL} or {@code NEON_DSN}: a JDBC URL as is
 * ({@code jdbc:h2:./ovc-db} for the embedded default, created on first use), or a PostgreSQL URL
 * the way Neon and Heroku print it ({@code postgresql://user:password@host:5432/db?sslmode=require}).
 */
public final class Database {

    private Database() {}

    /** The URL the pipelines use: {@code DATABASE_URL}, else {@code NEON_DSN}. */
    public static String url(Map<String, String> env) {
        for (String name : new String[] {"DATABASE_URL", "NEON_DSN"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        throw new IllegalStateException("set DATABASE_URL or NEON_DSN (e.g. DATABASE_URL=jdbc:h2:./ovc-db)");
    }

    /** Opens a connection and makes sure the tables exist. */
    public static Connection open(Map<String, String> env) throws SQLException {
        Connection connection = connect(url(env));
        OvcSchema.ensure(connection);
        return connection;
    }

    /** A JDBC URL and the properties to connect with. */
    record Target(String jdbcUrl, Properties properties) {}

    /** Connects to a configured URL (either form above) without touching the schema. */
    public static Connection connect(String url) throws SQLException {
        Target target = target(url);
        return DriverManager.getConnection(target.jdbcUrl(), target.properties());
    }

    /** Turns a configured URL into a JDBC target, moving a URL's user and password into properties. */
    static Target target(String url) {
        if (url.startsWith("jdbc:")) {
            return new Target(url, new Properties());
        }
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            URI uri = URI.create(url);
            Properties properties = new Properties();
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                if (colon >= 0) {
                    properties.setProperty("password", decode(userInfo.substring(colon + 1)));
                }
            }
            String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
            return new Target(jdbc, properties);
        }
        // Never echo the URL: it usually carries a password.
        throw new IllegalStateException("DATABASE_URL/NEON_DSN must start with jdbc:, postgres:// or postgresql://");
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
