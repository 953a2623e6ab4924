package ovc.run.examples.ovc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import ovc.run.Pipeline;

/**
 * D-ValidationHarness: validates a single day, against whichever database is configured: it
 * requires {@code NEON_DSN} or {@code DATABASE_URL}, the "either" that the OVC pipelines'
 * hand-written run recording (which ovc-run replaces) could not express.
 */
public final class DValidationHarness {

    private DValidationHarness() {}

    /** Option: {@code --day} (2026-01-14). */
    @Pipeline(id = "D-ValidationHarness", version = "0.1.0", requiredEnv = "NEON_DSN|DATABASE_URL")
    public static void main(String[] args) throws SQLException, IOException {
        Args options = new Args(args, "day");
        LocalDate day = LocalDate.parse(options.get("day", "2026-01-14"));
        RunFolderNotice.announce();
        try (Connection connection = Database.open(System.getenv())) {
            boolean valid = DerivedValidation.validate(connection, DateRange.day(day), "day_report.json");
            System.out.println("D-ValidationHarness " + day + ": " + (valid ? "valid" : "NOT valid"));
        }
    }
}
