package ovc.run.examples.ovc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import ovc.run.Pipeline;

/** B2-DerivedValidation: validates the derived rows of a date range; report in {@code artifacts/validation_report.json}. */
public final class B2DerivedValidation {

    private B2DerivedValidation() {}

    /** Option: {@code --range} (the fixture's week). Exits 1 when validation fails. */
    @Pipeline(id = "B2-DerivedValidation", version = "0.1.0", requiredEnv = "NEON_DSN|DATABASE_URL")
    public static void main(String[] args) throws SQLException, IOException {
        Args options = new Args(args, "range");
        RunFolderNotice.announce();
        try (Connection connection = Database.open(System.getenv())) {
            boolean valid = DerivedValidation.validate(connection, DateRange.parse(options.get("range", P2Backfill.DEFAULT_RANGE)),
                    "validation_report.json");
            System.out.println("B2-DerivedValidation: " + (valid ? "valid" : "NOT valid"));
        }
    }
}
