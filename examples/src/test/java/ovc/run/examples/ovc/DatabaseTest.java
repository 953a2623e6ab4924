package ovc.run.examples.ovc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void databaseUrlWinsOverNeonDsn() {
        assertThat(Database.url(Map.of("NEON_DSN", "postgresql://a/b", "DATABASE_URL", "jdbc:h2:mem:x"))).isEqualTo("jdbc:h2:mem:x");
        assertThat(Database.url(Map.of("NEON_DSN", "postgresql://a/b", "DATABASE_URL", ""))).isEqualTo("postgresql://a/b");
        assertThatThrownBy(() -> Database.url(Map.of())).hasMessageContaining("DATABASE_URL or NEON_DSN");
    }

    @Test
    void postgresUrlsBecomeJdbcWithCredentialsInProperties() {
        Database.Target target = Database.target("postgresql://ovc:p%40ss@ep-cool.neon.tech:5432/ovc?sslmode=require");
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://ep-cool.neon.tech:5432/ovc?sslmode=require");
        assertThat(target.properties()).containsEntry("user", "ovc").containsEntry("password", "p@ss");
        assertThat(Database.target("postgres://localhost/ovc").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/ovc");
    }

    @Test
    void anUnknownSchemeIsRefusedWithoutEchoingTheSecret() {
        assertThatThrownBy(() -> Database.target("mysql://root:hunter2@db/ovc"))
                .hasMessageNotContaining("hunter2").hasMessageContaining("jdbc:, postgres:// or postgresql://");
    }
}
